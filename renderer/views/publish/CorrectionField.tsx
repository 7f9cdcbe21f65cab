import { useId, useState } from 'react';
import { correctionLimits } from '../../../shared/publish/correction';
import { formatDay, newsroomDate } from '../../../shared/format/date';
import { useT } from '../../i18n';

export interface CorrectionChoice {
  marked: boolean;
  note: string;
}

interface CorrectionFieldProps {
  value: CorrectionChoice;
  onChange: (value: CorrectionChoice) => void;
  /** The note was left empty at "Publicera nu". */
  missing: boolean;
}

/** "Markera som rättelse" for a post already out: what was corrected, printed dated at the end of the article. */
export function CorrectionField({ value, onChange, missing }: CorrectionFieldProps) {
  const { t } = useT();
  const hintId = useId();
  const errorId = useId();
  // The site's text is Swedish whatever the interface's language; the day as the dialog opened.
  const [heading] = useState(() => `Rättelse ${formatDay(newsroomDate(Date.now()), 'sv')}:`);
  return (
    <div className="publish-correction">
      <label className="checkbox">
        <input type="checkbox" checked={value.marked} onChange={(event) => onChange({ ...value, marked: event.target.checked })} />
        <span>{t('correction.mark')}</span>
      </label>
      {value.marked ? (
        <label className="field">
          <span>{t('correction.note')}</span>
          <textarea
            value={value.note}
            rows={3}
            maxLength={correctionLimits.note}
            aria-required="true"
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => onChange({ ...value, note: event.target.value })}
          />
        </label>
      ) : null}
      {value.marked ? (
        <p id={hintId} className="hint">
          {t('correction.hint', { heading })}
        </p>
      ) : null}
      {value.marked && missing ? (
        <p id={errorId} className="field-error" role="alert">
          {t('error.correction_note_missing')}
        </p>
      ) : null}
    </div>
  );
}
