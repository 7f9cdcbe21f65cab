import type { ChecklistItem, ChecklistTarget } from '../../../shared/article/checklist';
import { useState } from 'react';
import { builtKey, useT } from '../../i18n';

interface ChecklistPanelProps {
  /** Null until the article has first been checked, a moment after it opens. */
  items: readonly ChecklistItem[] | null;
  onJump: (target: ChecklistTarget) => void;
  /** Puts an item with a fix right (the house style's), where the text still says what was found. */
  onFix?: (item: ChecklistItem) => boolean;
}

/** The problems that stand between the article and publishing; each one jumps to its place. */
export function ChecklistPanel({ items, onJump, onFix }: ChecklistPanelProps) {
  const { t } = useT();
  const errors = (items ?? []).filter((item) => item.severity === 'error').length;
  const [fixGone, setFixGone] = useState(false);
  // The notice speaks of the check its fix was tried against: the next check's items end it.
  const [checked, setChecked] = useState(items);
  if (checked !== items) {
    setChecked(items);
    setFixGone(false);
  }
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('checklist.heading')}</h2>
      {items === null ? null : items.length === 0 ? (
        <p className="checklist-ok">{t('checklist.ok')}</p>
      ) : (
        <>
          <p>{t('checklist.summary', { errors, warnings: items.length - errors })}</p>
          {fixGone ? (
            <p role="status" className="checklist-fix-gone">
              {t('checklist.fixGone')}
            </p>
          ) : null}
          <ul>
            {items.map((item, index) => (
              <li key={`${item.rule}-${index}`} className={`checklist-${item.severity}`}>
                <button type="button" onClick={() => onJump(item.target)}>
                  <span className="checklist-severity">{t(builtKey('checklist.severity.', item.severity))}:</span>{' '}
                  {t(builtKey('checklist.rule.', item.rule), item.params)}
                </button>
                {item.fix !== undefined && onFix ? (
                  <button type="button" className="checklist-fix" onClick={() => setFixGone(!onFix(item))}>
                    {item.fix === ' ' ? t('checklist.fixDoubleSpace') : t('checklist.fix', { fix: item.fix })}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
