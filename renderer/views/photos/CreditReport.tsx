import { useId, useState, type FormEvent } from 'react';
import { newsroomDate, newsroomMonthStart } from '../../../shared/format/date';
import { useT } from '../../i18n';
import { invoke } from '../../platform';

/** Hands a file to the user as a download, without a round trip through a server. */
function download(fileName: string, text: string, type: string): void {
  // Excel reads a CSV as UTF-8 only when it starts with a byte order mark.
  const body = text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Kreditrapport": photos with credit, licence and where used, for a date range, as CSV. */
export function CreditReport() {
  const { t, errorText } = useT();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState({ from: '', to: '' });
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setNotice('');
    try {
      const report = await invoke('photos.report', range);
      download(report.fileName, report.csv, 'text/csv;charset=utf-8');
      setNotice(t('report.done', { rows: report.rows, fileName: report.fileName }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  // The current month up to today, in Stockholm, unless the user chose other dates before.
  function toggle() {
    if (!open && range.from === '' && range.to === '') {
      const now = Date.now();
      setRange({ from: newsroomMonthStart(now), to: newsroomDate(now) });
    }
    setOpen(!open);
  }

  const invalid = range.from === '' || range.to === '' || range.from > range.to;
  return (
    <div className="credit-report">
      <button type="button" aria-expanded={open} aria-controls={open ? formId : undefined} onClick={toggle}>
        {t('report.open')}
      </button>
      {open ? (
        <form id={formId} className="credit-report-form" aria-label={t('report.title')} onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span>{t('report.from')}</span>
            <input type="date" required value={range.from} onChange={(event) => setRange({ ...range, from: event.target.value })} />
          </label>
          <label className="field">
            <span>{t('report.to')}</span>
            <input type="date" required value={range.to} onChange={(event) => setRange({ ...range, to: event.target.value })} />
          </label>
          {range.from > range.to && range.to !== '' ? <p className="field-error">{t('report.badRange')}</p> : null}
          <button type="submit" className="primary" disabled={busy || invalid}>
            {t('report.download')}
          </button>
          <p className="notice" role="status">
            {notice}
          </p>
          {failure ? <p role="alert">{errorText(failure)}</p> : null}
        </form>
      ) : null}
    </div>
  );
}
