import { useId, useMemo, useState } from 'react';
import type { PublishMerge, PublishConflict } from '../../../shared/publish/publish';
import type { MessageKey } from '../../../shared/i18n';
import { conflictContexts, type ConflictContext } from '../../../shared/revisions/conflict-context';
import type { MergeChoice, MergeChoices, MergeConflict } from '../../../shared/revisions/conflicts';
import type { ArticleField } from '../../../shared/revisions/fields';
import { wordParts } from '../../../shared/revisions/word-parts';
import { builtKey, useT } from '../../i18n';

const fieldKeys = {
  kind: 'publishMerge.field.kind',
  kicker: 'publishMerge.field.kicker',
  headline: 'publishMerge.field.headline',
  lead: 'publishMerge.field.lead',
  bylines: 'publishMerge.field.bylines',
  label: 'publishMerge.field.label',
  disclaimer: 'publishMerge.field.disclaimer',
  sponsor: 'publishMerge.field.sponsor',
  mainPhotoId: 'publishMerge.field.mainPhotoId',
} as const satisfies Record<ArticleField, MessageKey>;

const choiceKeys = {
  local: 'publishMerge.keepLocal',
  remote: 'publishMerge.keepRemote',
  both: 'publishMerge.keepBoth',
} as const satisfies Record<MergeChoice, MessageKey>;

/** The fields the post step merges; any other change on the site is one of the job's settings. */
const textFields = new Set(['title', 'excerpt', 'content']);

/** One version of the clash's text, the words it changed since the ancestor marked. */
function Version({ label, before, text }: { label: string; before: string | null; text: string }) {
  const { t } = useT();
  return (
    <div className="merge-version" role="group" aria-label={label}>
      <h5>{label}</h5>
      {text === '' ? (
        <p className="muted">{t('publishMerge.nothing')}</p>
      ) : (
        <p className="conflict-text">
          {before === null
            ? text
            : wordParts(before, text).map((part, index) =>
                part.kind === 'added' ? (
                  <ins key={index} title={t('publishMerge.added')}>
                    {part.text}
                  </ins>
                ) : part.kind === 'removed' ? (
                  <del key={index} title={t('publishMerge.removed')}>
                    {part.text}
                  </del>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
        </p>
      )}
    </div>
  );
}

function Clash(props: {
  conflict: MergeConflict;
  context: ConflictContext;
  number: number;
  total: number;
  choice: MergeChoice | undefined;
  onChoice: (choice: MergeChoice) => void;
}) {
  const { conflict, context, number, total, choice, onChoice } = props;
  const { t } = useT();
  const name = useId();
  const place =
    conflict.place.part === 'field'
      ? t(fieldKeys[conflict.place.field])
      : t('publishMerge.block', { number: conflict.place.blockIndex + 1 });
  return (
    <fieldset className="merge-clash">
      <legend>{t('publishMerge.clash', { number, total, place })}</legend>
      {conflict.deletedBy ? (
        <p className="hint">{t(conflict.deletedBy === 'local' ? 'publishMerge.deletedHere' : 'publishMerge.deletedThere')}</p>
      ) : null}
      <div className="merge-versions" role="group" aria-label={t('publishMerge.versions')}>
        <Version label={t('publishMerge.ancestor')} before={null} text={context.ancestor} />
        <Version label={t('publishMerge.local')} before={context.ancestor} text={context.local} />
        <Version label={t('publishMerge.remote')} before={context.ancestor} text={context.remote} />
      </div>
      <div className="merge-choice" role="radiogroup" aria-label={t('publishMerge.keep')}>
        {conflict.options.map((option) => (
          <label key={option}>
            <input type="radio" name={name} value={option} checked={choice === option} onChange={() => onChoice(option)} />
            {t(choiceKeys[option])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface MergeViewProps {
  conflict: PublishConflict;
  merge: PublishMerge;
  siteName: string;
  busy: boolean;
  onMerge: (choices: MergeChoices) => void;
  onCancel: () => void;
}

/** A post changed on both sides: what merged by itself, each clash with the three versions, and the person's pick per clash. */
export function MergeView({ conflict, merge, siteName, busy, onMerge, onCancel }: MergeViewProps) {
  const { t } = useT();
  const headingId = useId();
  const contexts = useMemo(() => conflictContexts(merge), [merge]);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const settings = conflict.changes.filter((change) => !textFields.has(change.field));
  const complete = merge.conflicts.every((clash) => choices[clash.id] !== undefined);
  return (
    <section className="publish-conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('publishMerge.heading')}</h3>
      <p>{t('publishMerge.body', { site: siteName })}</p>
      <p role="status">
        {t('publishMerge.summarySite', { count: merge.changed.site })} {t('publishMerge.summaryLocal', { count: merge.changed.local })}{' '}
        {merge.conflicts.length === 0 ? t('publishMerge.noClashes') : t('publishMerge.summaryClashes', { count: merge.conflicts.length })}
      </p>
      {settings.length > 0 ? (
        <div>
          <p>{t('publishMerge.settings')}</p>
          <ul>
            {settings.map((change) => (
              <li key={change.field}>
                {t('publishMerge.setting', {
                  field: t(builtKey('outbox.conflict.', change.field)),
                  before: change.before,
                  now: change.now,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {merge.conflicts.map((clash, index) => (
        <Clash
          key={clash.id}
          conflict={clash}
          context={contexts[index] ?? { ancestor: clash.ancestor, local: clash.local, remote: clash.remote }}
          number={index + 1}
          total={merge.conflicts.length}
          choice={choices[clash.id]}
          onChoice={(choice) => setChoices((current) => ({ ...current, [clash.id]: choice }))}
        />
      ))}
      {merge.conflicts.length > 0 ? <p className="hint">{complete ? t('publishMerge.kept') : t('publishMerge.choose')}</p> : null}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy || !complete} onClick={() => onMerge(choices)}>
          {t('publishMerge.submit')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('publishConflict.cancel')}
        </button>
      </div>
    </section>
  );
}
