import { useId } from 'react';
import type { ChecklistItem, ChecklistTarget } from '../../../shared/article/checklist';
import { builtKey, useT } from '../../i18n';

interface ChecklistSummaryProps {
  items: readonly ChecklistItem[];
  /** Closes the dialog and goes to the problem in the article; absent where there is no article open. */
  onJump?: (target: ChecklistTarget) => void;
  /** Publishes the article a "Läs även" leads to first, when it is not out on the site yet. */
  onPublishLinked?: (articleId: string, title: string) => void;
}

/** A "Läs även" whose article is not out on the site yet: that article can be published first. */
function linkedToPublish(item: ChecklistItem): { articleId: string; title: string } | null {
  const { articleId, title } = item.params;
  if (item.rule !== 'readAlso.notOnSite' && item.rule !== 'readAlso.scheduled') return null;
  return typeof articleId === 'string' ? { articleId, title: String(title ?? '') } : null;
}

/** The core's verdict on the article as saved: errors block publishing; each leads back to its place. */
export function ChecklistSummary({ items, onJump, onPublishLinked }: ChecklistSummaryProps) {
  const { t } = useT();
  const headingId = useId();
  const errors = items.filter((item) => item.severity === 'error');
  const warnings = items.length - errors.length;
  return (
    <section className={errors.length > 0 ? 'publish-checklist blocked' : 'publish-checklist'} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('publishDialog.checklist')}</h3>
      {items.length === 0 ? <p className="checklist-ok">{t('publishDialog.checklistOk')}</p> : null}
      {errors.length > 0 ? <p role="alert">{t('publishDialog.checklistBlocked', { count: errors.length })}</p> : null}
      {errors.length === 0 && warnings > 0 ? <p>{t('publishDialog.checklistWarnings', { count: warnings })}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item, index) => {
            const text = `${t(builtKey('checklist.severity.', item.severity))}: ${t(builtKey('checklist.rule.', item.rule), item.params)}`;
            const linked = onPublishLinked ? linkedToPublish(item) : null;
            return (
              <li key={`${item.rule}-${index}`} className={`checklist-${item.severity}`}>
                {onJump ? (
                  <button type="button" className="link-button" onClick={() => onJump(item.target)}>
                    {text}
                  </button>
                ) : (
                  text
                )}
                {linked ? (
                  <button type="button" className="publish-linked" onClick={() => onPublishLinked?.(linked.articleId, linked.title)}>
                    {t('publishDialog.publishLinked', { title: linked.title })}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
