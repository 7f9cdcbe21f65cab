import { useT } from '../i18n';
import './photos.css';

/** Caption and credit line as the site prints them under a photo: "Hallen i Hall. Foto: Privat". */
export function PrintedCaption({ caption, creditLine }: { caption: string; creditLine: string }) {
  const { t } = useT();
  const text = caption.trim();
  return (
    <p className="printed-caption">
      {text}
      {text ? ' ' : null}
      {creditLine ? (
        <span className="spalt-credit">{creditLine}</span>
      ) : (
        <span className="field-error">{t('photoBlock.creditMissing')}</span>
      )}
    </p>
  );
}
