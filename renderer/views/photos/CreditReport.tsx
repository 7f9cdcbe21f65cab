import { useId, useState, type FormEvent } from 'react';
import { newsroomDate, newsroomMonthStart } from '../../../shared/format/date';
import { DateField } from '../../components/DateField';
import { isBackwards, isDateRange, type DateRange } from '../../components/date-range';
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
  const [range, setRange] = useState<DateRange>({ from: '', to: '' });
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isDateRange(range)) return;
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

  const invalid = !isDateRange(range);
  return (
    <div className="credit-report">
      <button type="button" aria-expanded={open} aria-controls={open ? formId : undefined} onClick={toggle}>
        {t('report.open')}
      </button>
      {open ? (
        <form id={formId} className="credit-report-form" aria-label={t('report.title')} onSubmit={(event) => void submit(event)}>
          <DateField kind="date" required label={t('report.from')} value={range.from} onChange={(from) => setRange({ ...range, from })} />
          <DateField kind="date" required label={t('report.to')} value={range.to} onChange={(to) => setRange({ ...range, to })} />
          {isBackwards(range) ? <p className="field-error">{t('report.badRange')}</p> : null}
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
