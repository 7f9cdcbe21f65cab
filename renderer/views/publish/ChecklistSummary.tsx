import { useId } from 'react';
import type { ChecklistItem, ChecklistTarget } from '../../../shared/article/checklist';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../i18n';

interface ChecklistSummaryProps {
  items: readonly ChecklistItem[];
  /** Closes the dialog and goes to the problem in the article; absent where there is no article open. */
  onJump?: (target: ChecklistTarget) => void;
}

/** The core's verdict on the article as saved: errors block publishing; each leads back to its place. */
export function ChecklistSummary({ items, onJump }: ChecklistSummaryProps) {
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
            const text = `${t(`checklist.${item.severity}`)}: ${t(`checklist.${item.rule}` as MessageKey, item.params)}`;
            return (
              <li key={`${item.rule}-${index}`} className={`checklist-${item.severity}`}>
                {onJump ? (
                  <button type="button" className="link-button" onClick={() => onJump(item.target)}>
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
