import { useEffect, useId, useState } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import type { ChecklistTarget } from '../../../shared/article/checklist';
import type { PublishJob } from '../../../shared/publish/publish';
import type { Site } from '../../../shared/publish/site';
import { useT } from '../../i18n';
import { hrefFor } from '../../routes';
import { useSites } from '../sites/useSites';
import { JobPanel } from './JobPanel';
import { lastSiteId, rememberSite } from './last-site';
import { PublishForm } from './PublishForm';
import { usePublishOptions } from './usePublishOptions';
import './publish.css';

interface PublishDialogProps {
  articleId: string;
  onClose: () => void;
  /** Goes to a checklist problem in the article (the dialog closes first). */
  onJump?: (target: ChecklistTarget) => void;
}

function firstSite(sites: Site[], current: string | null): string | null {
  if (current && sites.some((site) => site.id === current)) return current;
  const last = lastSiteId();
  return sites.find((site) => site.id === last)?.id ?? sites[0]?.id ?? null;
}

/** An article a "Läs även" leads to, published first from the dialog; `from` is the linking article's title. */
interface LinkedFirst {
  articleId: string;
  title: string;
  from: string;
}

/**
 * "Publicera": the site, the checklist's verdict, what to do (as the role allows), when,
 * categories, tags and the address; then the job's steps live until the post's link. A
 * "Läs även" to an article not out on the site yet offers to publish that one first, in the
 * same dialog, and then to come back.
 */
export function PublishDialog({ articleId, onClose, onJump }: PublishDialogProps) {
  const { t, errorText } = useT();
  const dialog = useModalDialog(onClose);
  const titleId = useId();
  const { list, error: sitesError } = useSites();
  const [siteId, setSiteId] = useState<string | null>(null);
  const [linkedFirst, setLinkedFirst] = useState<LinkedFirst[]>([]);
  const linked = linkedFirst.at(-1);
  const { options, error, reload } = usePublishOptions(linked?.articleId ?? articleId, siteId);
  const [job, setJob] = useState<PublishJob | null>(null);

  const publishLinked = (id: string, title: string) => {
    setJob(null);
    setLinkedFirst((stack) => [...stack, { articleId: id, title, from: options?.articleTitle ?? '' }]);
  };
  const backToLinking = () => {
    setJob(null);
    setLinkedFirst((stack) => stack.slice(0, -1));
  };

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the chosen site follows the list as the core sends it
    if (list) setSiteId((current) => firstSite(list.sites, current));
  }, [list]);

  // A publish of this article to the site that has not ended is shown, not started anew.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a job the core reports is taken up once, then followed by its events
    if (options?.activeJob) setJob(options.activeJob);
  }, [options]);

  const sites = list?.sites ?? [];
  // Closing the dialog gives focus back to the button that opened it; the jump then takes it to the problem.
  const jump =
    onJump && !linked
      ? (target: ChecklistTarget) => {
          dialog.ref.current?.close();
          onJump(target);
          onClose();
        }
      : undefined;

  return (
    <dialog {...dialog} className="publish-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('publishDialog.title')}</h2>
      {linked ? (
        <div className="publish-linking" role="note">
          <p>{t('publishDialog.linkedFirst', { title: options?.articleTitle ?? linked.title, from: linked.from })}</p>
          <button type="button" onClick={backToLinking}>
            {t('publishDialog.backToLinking', { title: linked.from })}
          </button>
        </div>
      ) : null}
      {sitesError ? <p role="alert">{errorText(sitesError)}</p> : null}
      {list && sites.length === 0 ? (
        <div className="publish-no-sites">
          <p>{t('publishDialog.noSites')}</p>
          <p>
            <a href={hrefFor({ view: 'sites' })} onClick={onClose}>
              {t('publishDialog.addSite')}
            </a>
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('publishDialog.close')}
            </button>
          </div>
        </div>
      ) : null}
      {sites.length > 1 ? (
        <label className="field publish-site">
          <span>{t('publishDialog.site')}</span>
          <select
            value={siteId ?? ''}
            onChange={(event) => {
              setJob(null);
              setSiteId(event.target.value);
            }}
          >
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {!job && sites.length === 1 && sites[0] ? (
        <p className="publish-site">{t('publishDialog.siteOnly', { site: sites[0].name })}</p>
      ) : null}
      {job ? (
        <JobPanel
          key={job.id}
          initial={job}
          terms={options ?? undefined}
          onAgain={() => {
            setJob(null);
            reload();
          }}
          onClose={onClose}
        />
      ) : error ? (
        <>
          <p role="alert">{errorText(error)}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('publishDialog.close')}
            </button>
          </div>
        </>
      ) : options ? (
        <PublishForm
          key={`${options.articleId}-${options.siteId}-${options.revision}`}
          options={options}
          onJump={jump}
          onPublishLinked={publishLinked}
          onClose={onClose}
          onStarted={(started) => {
            rememberSite(started.siteId);
            setJob(started);
          }}
        />
      ) : siteId ? (
        <p role="status">{t('publishDialog.loading')}</p>
      ) : null}
    </dialog>
  );
}
