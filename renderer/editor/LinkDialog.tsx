import { useId, useState, type FormEvent } from 'react';
import { isAllowedLinkUrl, normalizeLinkUrl } from '../../shared/url-policy';
import { useT } from '../i18n';

interface LinkDialogProps {
  initialUrl: string;
  onApply: (url: string) => void;
  onCancel: () => void;
}

/** Asks for a link address and refuses anything but http, https and mailto. */
export function LinkDialog({ initialUrl, onApply, onCancel }: LinkDialogProps) {
  const { t } = useT();
  const [url, setUrl] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  const titleId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = normalizeLinkUrl(url);
    if (!isAllowedLinkUrl(candidate)) {
      setInvalid(true);
      return;
    }
    onApply(candidate);
  }

  return (
    <div className="link-dialog" role="dialog" aria-labelledby={titleId}>
      <form onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
        <h2 id={titleId}>{t('link.title')}</h2>
        <label className="field">
          <span>{t('link.url')}</span>
          <input
            type="text"
            inputMode="url"
            value={url}
            autoFocus
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => {
              setUrl(event.target.value);
              setInvalid(false);
            }}
          />
        </label>
        {invalid ? (
          <p id={errorId} className="field-error" role="alert">
            {t('link.invalid')}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </div>
  );
}
