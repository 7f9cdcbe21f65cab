import { useEffect, useState, type FormEvent } from 'react';
import type { Correction } from '../../../shared/publish/correction';
import { newsroomDate, newsroomMonthStart } from '../../../shared/format/date';
import { DateField } from '../../components/DateField';
import { isBackwards, isDateRange, type DateRange } from '../../components/date-range';
import { saveFile } from '../../files/save-file';
import { useT } from '../../i18n';
import { invoke, onEvent } from '../../platform';

/** The current month up to today, in Stockholm. */
function thisMonth(): { from: string; to: string } {
  const now = Date.now();
  return { from: newsroomMonthStart(now), to: newsroomDate(now) };
}

/** "Rättelser": the corrections log over a period, newest first, and the same as CSV. */
export function CorrectionsView() {
  const { t, errorText, dateTime } = useT();
  const [range, setRange] = useState<DateRange>(thisMonth);
  const [list, setList] = useState<Correction[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const invalid = !isDateRange(range);

  useEffect(() => {
    if (invalid) return;
    let current = true;
    const load = () =>
      invoke('corrections.list', range).then(
        (found) => current && (setList(found), setFailure(null)),
        (caught: unknown) => current && setFailure(caught),
      );
    void load();
    // A correction joins the log when the publish carrying it is done.
    const off = onEvent('publish.changed', (change) => {
      if (change.state === 'done') void load();
    });
    return () => {
      current = false;
      off();
    };
  }, [range, invalid]);

  async function exportCsv(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setNotice('');
    setFailure(null);
    try {
      if (!isDateRange(range)) return;
      const report = await invoke('corrections.report', range);
      saveFile({ fileName: report.fileName, mimeType: 'text/csv;charset=utf-8', data: report.csv });
      setNotice(t('corrections.exported', { rows: report.rows, fileName: report.fileName }));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h1 id="corrections-heading">{t('corrections.title')}</h1>
      <p className="hint">{t('corrections.intro')}</p>
      <form className="corrections-period" aria-label={t('corrections.period')} onSubmit={(event) => void exportCsv(event)}>
        <DateField
          kind="date"
          required
          label={t('corrections.from')}
          value={range.from}
          onChange={(from) => setRange({ ...range, from })}
        />
        <DateField kind="date" required label={t('corrections.to')} value={range.to} onChange={(to) => setRange({ ...range, to })} />
        <button type="submit" className="primary" disabled={busy || invalid}>
          {t('corrections.export')}
        </button>
      </form>
      {isBackwards(range) ? <p className="field-error">{t('corrections.badRange')}</p> : null}
      <p className="notice" role="status">
        {notice}
      </p>
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
      {list === null ? (
        <p role="status">{t('corrections.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('corrections.empty')}</p>
      ) : (
        <table aria-label={t('corrections.table')}>
          <thead>
            <tr>
              <th scope="col">{t('corrections.when')}</th>
              <th scope="col">{t('corrections.article')}</th>
              <th scope="col">{t('corrections.site')}</th>
              <th scope="col">{t('corrections.post')}</th>
              <th scope="col">{t('corrections.who')}</th>
              <th scope="col">{t('corrections.note')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((correction) => (
              <tr key={correction.id}>
                <td>{dateTime(correction.madeAt)}</td>
                <td>{correction.headline}</td>
                <td>{correction.siteName}</td>
                <td>
                  {correction.link ? (
                    <a href={correction.link} target="_blank" rel="noreferrer">
                      {t('corrections.link')}
                    </a>
                  ) : null}{' '}
                  {correction.postId === null ? '' : `#${correction.postId}`}
                </td>
                <td>{correction.madeBy}</td>
                <td>{correction.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
