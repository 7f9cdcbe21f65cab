import { useT } from '../../i18n';
import { hrefFor, type Route } from '../../routes';
import { useRoleName } from '../sites/roleName';
import { mayReview, useReviewSites } from './useReviewSites';

/** "Att granska" in the navigation for a profile that may review on a site; for others, why it is missing. */
export function ReviewNavItem({ route }: { route: Route }) {
  const { t } = useT();
  const roleName = useRoleName();
  const { sites } = useReviewSites();
  if (sites === null || sites.length === 0) return null;
  const refused = sites.filter((site) => !mayReview(site));
  if (refused.length === sites.length) {
    const site = refused[0]!;
    return (
      <span className="nav-note" role="note">
        {t('nav.reviewMissing', { site: site.siteName, role: roleName(site.role) })}
      </span>
    );
  }
  return (
    <a href={hrefFor({ view: 'review' })} aria-current={route.view === 'review' ? 'page' : undefined}>
      {t('nav.review')}
    </a>
  );
}
