import { useEffect } from 'react';
import type { ArticleDraft } from '../../../shared/article/article';
import type { Photo } from '../../../shared/article/photo';
import { photoIdsInBody } from '../../../shared/document/photo-ids';
import type { BlockChange, FieldChange, RevisionDiff } from '../../../shared/revisions/diff';
import type { ArticleField } from '../../../shared/revisions/fields';
import { listParts, type WordPart } from '../../../shared/revisions/word-parts';
import { builtKey, useT } from '../../i18n';
import { peekPhoto, requestPhotos, usePhotoStoreVersion } from '../../photos/photo-store';

/** Words marked as added or removed, in colour and, for a screen reader, in words. */
export function DiffParts({ parts, show = (text) => text }: { parts: readonly WordPart[]; show?: (text: string) => string }) {
  const { t } = useT();
  return (
    <>
      {parts.map((part, index) => {
        const text = show(part.text);
        if (part.kind === 'added') {
          return (
            <ins key={index}>
              <span className="visually-hidden">{t('history.added')} </span>
              {text}
            </ins>
          );
        }
        if (part.kind === 'removed') {
          return (
            <del key={index}>
              <span className="visually-hidden">{t('history.removed')} </span>
              {text}
            </del>
          );
        }
        return <span key={index}>{text}</span>;
      })}
    </>
  );
}

/** The library photos a revision shows: its main photo, then the body's, each once. */
function photoIdsOf(draft: ArticleDraft): string[] {
  return [...new Set([...(draft.mainPhotoId ? [draft.mainPhotoId] : []), ...photoIdsInBody(draft.body)])];
}

/** A photo as a person recognises it: its file name and credit line, from the library as it is now. */
function photoText(photo: Photo | null, id: string): string {
  if (!photo) return id;
  return photo.creditLine ? `${photo.fileName} (${photo.creditLine})` : photo.fileName;
}

function FieldRow({ change, show }: { change: FieldChange; show?: (text: string) => string }) {
  const { t } = useT();
  return (
    <>
      <dt>{t(builtKey('history.field.', change.field))}</dt>
      <dd className={change.field === 'bylines' ? 'diff-lines' : undefined}>
        <DiffParts parts={change.parts} show={show} />
      </dd>
    </>
  );
}

function BlockRow({ change }: { change: BlockChange }) {
  const { t } = useT();
  const position = (change.newIndex ?? change.oldIndex ?? 0) + 1;
  const others = change.aspects.filter((aspect) => aspect !== 'text');
  const showsWords = change.kind === 'added' || change.kind === 'removed' || change.aspects.includes('text');
  return (
    <li className={`diff-block diff-${change.kind}`}>
      <p className="diff-block-label">
        {t('history.block', { kind: t(builtKey('history.block.', change.kind)), position })}
        {others.length > 0
          ? ` · ${t('history.aspects', { aspects: others.map((a) => t(builtKey('history.aspect.', a))).join(', ') })}`
          : ''}
      </p>
      <p className="diff-text">{showsWords ? <DiffParts parts={change.parts} /> : change.parts.map((part) => part.text).join('')}</p>
    </li>
  );
}

/** The difference between two revisions: each changed field, the photos' credits, then each changed block. */
export function RevisionDiffView({ diff, before, after }: { diff: RevisionDiff; before: ArticleDraft; after: ArticleDraft }) {
  const { t } = useT();
  usePhotoStoreVersion();
  const photosBefore = photoIdsOf(before);
  const photosAfter = photoIdsOf(after);
  const photoKey = [...photosBefore, '|', ...photosAfter].join(',');
  useEffect(() => {
    requestPhotos(photoKey.split(',').filter((id) => id !== '|'));
  }, [photoKey]);

  const describe = (id: string) => photoText(peekPhoto(id), id);
  const showField = (field: ArticleField) => {
    if (field === 'kind') return (text: string) => (text ? t(builtKey('kind.', text as ArticleDraft['kind'])) : text);
    if (field === 'mainPhotoId') return (text: string) => (text ? describe(text) : t('history.noPhoto'));
    return undefined;
  };
  const creditParts = listParts(photosBefore, photosAfter, (id) => id, describe);
  const creditsChanged = creditParts.some((part) => part.kind !== 'equal');
  const blocks = diff.blocks.filter((block) => block.kind !== 'unchanged');

  if (!diff.changed && !creditsChanged) return <p>{t('history.noChanges')}</p>;
  return (
    <div className="revision-diff">
      {diff.fields.length > 0 || creditsChanged ? (
        <section aria-label={t('history.fields')}>
          <dl className="diff-fields">
            {diff.fields.map((change) => (
              <FieldRow key={change.field} change={change} show={showField(change.field)} />
            ))}
            {creditsChanged ? (
              <>
                <dt>{t('history.field.photoCredits')}</dt>
                <dd className="diff-lines">
                  <DiffParts parts={creditParts} />
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      {blocks.length > 0 ? (
        <section aria-label={t('history.body')}>
          <h4>{t('history.body')}</h4>
          <ol className="diff-blocks">
            {blocks.map((block, index) => (
              <BlockRow key={index} change={block} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
