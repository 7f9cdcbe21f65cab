import { useId } from 'react';
import type { ConflictField, PublishConflict, SiteTerm } from '../../../shared/publish/publish';
import type { MergeChoices } from '../../../shared/revisions/conflicts';
import { builtKey, useT } from '../../i18n';
import { MergeView } from './MergeView';

interface ConflictViewProps {
  conflict: PublishConflict;
  siteName: string;
  /** The site's terms, to show category and tag names instead of ids (when known). */
  terms?: { categories: SiteTerm[]; tags: SiteTerm[] };
  busy: boolean;
  onOverwrite: () => void;
  onMerge: (choices: MergeChoices) => void;
  onCancel: () => void;
}

/** Block markup as the text a reader sees, a line per paragraph or heading. */
function readableMarkup(markup: string): string {
  const stripped = markup
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|figcaption|blockquote|figure|div|pre|cite)>/gi, '\n')
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, '[$1]\n')
    .replace(/<[^>]+>/g, '');
  // DOMParser only decodes the entities here: nothing of it is shown or run.
  const decoded = new DOMParser().parseFromString(stripped, 'text/html').documentElement.textContent ?? stripped;
  return decoded
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function termNames(value: string, terms: SiteTerm[] | undefined): string {
  if (!terms || value.trim() === '') return value;
  return value
    .split(',')
    .map((id) => terms.find((term) => term.id === Number(id.trim()))?.name ?? id.trim())
    .join(', ');
}

function shown(field: ConflictField, value: string, terms: ConflictViewProps['terms']): string {
  if (field === 'content') return readableMarkup(value);
  if (field === 'categories') return termNames(value, terms?.categories);
  if (field === 'tags') return termNames(value, terms?.tags);
  return value;
}

/** One side of a field: its lines, the ones the other side lacks marked. */
function Side({ text, other }: { text: string; other: string }) {
  const { t } = useT();
  if (text === '') return <span className="muted">{t('publishConflict.empty')}</span>;
  const otherLines = new Set(other.split('\n'));
  return (
    <div className="conflict-text">
      {text.split('\n').map((line, index) =>
        otherLines.has(line) ? (
          <p key={index}>{line}</p>
        ) : (
          <p key={index}>
            <mark title={t('publishConflict.changedLine')}>{line}</mark>
          </p>
        ),
      )}
    </div>
  );
}

/**
 * What changed on the site since Spalt last sent the post: a merge to settle, or, for a post
 * synced before Spalt kept the common ancestor, each field side by side and the two ways out.
 */
export function ConflictView({ conflict, siteName, terms, busy, onOverwrite, onMerge, onCancel }: ConflictViewProps) {
  const { t } = useT();
  const headingId = useId();
  if (conflict.merge)
    return <MergeView conflict={conflict} merge={conflict.merge} siteName={siteName} busy={busy} onMerge={onMerge} onCancel={onCancel} />;
  return (
    <section className="publish-conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('publishConflict.heading')}</h3>
      <p>{t('publishConflict.body', { site: siteName })}</p>
      {conflict.changes.length === 0 ? (
        <p className="hint">{t('publishConflict.noFields')}</p>
      ) : (
        <table className="conflict-table" aria-label={t('publishConflict.table')}>
          <thead>
            <tr>
              <th scope="col">{t('publishConflict.field')}</th>
              <th scope="col">{t('publishConflict.now')}</th>
              <th scope="col">{t('publishConflict.before')}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => {
              const now = shown(change.field, change.now, terms);
              const before = shown(change.field, change.before, terms);
              return (
                <tr key={change.field}>
                  <th scope="row">{t(builtKey('outbox.conflict.', change.field))}</th>
                  <td>
                    <Side text={now} other={before} />
                  </td>
                  <td>
                    <Side text={before} other={now} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="dialog-actions">
        <button type="button" className="danger" disabled={busy} onClick={onOverwrite}>
          {t('publishConflict.overwrite')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('publishConflict.cancel')}
        </button>
      </div>
    </section>
  );
}
