import { useId } from 'react';
import { stockholmLocal } from '../../../shared/format/date';
import { PublishAction } from '../../../shared/publish/publish';
import { DateField } from '../../components/DateField';
import { builtKey, useT } from '../../i18n';

interface ActionChoiceProps {
  allowed: Record<PublishAction, boolean>;
  /** The user's role in words, for why an action is not offered. */
  role: string;
  action: PublishAction;
  scheduledAt: string;
  onAction: (action: PublishAction) => void;
  onScheduledAt: (local: string) => void;
}

/** Draft, review, publish now or schedule: the role's forbidden ones disabled, with the reason. */
export function ActionChoice({ allowed, role, action, scheduledAt, onAction, onScheduledAt }: ActionChoiceProps) {
  const { t } = useT();
  const name = useId();
  const whenHint = useId();
  return (
    <fieldset className="publish-actions">
      <legend>{t('publishDialog.action')}</legend>
      {PublishAction.options.map((option) => {
        const hintId = `${name}-${option}-hint`;
        return (
          <div key={option} className={allowed[option] ? 'publish-action' : 'publish-action not-allowed'}>
            <label>
              <input
                type="radio"
                name={name}
                value={option}
                checked={action === option}
                disabled={!allowed[option]}
                aria-describedby={hintId}
                onChange={() => onAction(option)}
              />{' '}
              {t(builtKey('outbox.action.', option))}
            </label>
            <p id={hintId} className="hint">
              {allowed[option] ? t(builtKey('publishDialog.actionHint.', option)) : t('publishDialog.notAllowed', { role })}
            </p>
          </div>
        );
      })}
      {action === 'schedule' ? (
        <div className="publish-when">
          <DateField
            kind="datetime"
            required
            label={t('publishDialog.when')}
            value={scheduledAt === '' ? null : scheduledAt}
            describedBy={whenHint}
            // Until it can be read there is no time, and the form is not sent.
            onChange={(local) => onScheduledAt(local ?? '')}
          />
          <p id={whenHint} className="hint">
            {t('publishDialog.whenHint')}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}

/** The next full hour at least half an hour ahead, in Stockholm: a sensible first choice. */
export function defaultScheduleTime(now = Date.now()): string {
  const hour = 60 * 60_000;
  return stockholmLocal(Math.ceil((now + hour / 2) / hour) * hour);
}
