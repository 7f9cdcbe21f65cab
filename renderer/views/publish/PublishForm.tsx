import { useId, useState, type FormEvent } from 'react';
import type { ChecklistTarget } from '../../../shared/article/checklist';
import { SpaltError } from '../../../shared/errors';
import { publishLimits, type PublishAction, type PublishJob, type PublishOptions } from '../../../shared/publish/publish';
import { builtKey, useT } from '../../i18n';
import { invoke } from '../../platform';
import { useRoleName } from '../sites/roleName';
import { ActionChoice, defaultScheduleTime } from './ActionChoice';
import { AuthorField } from './AuthorField';
import { CategoryField } from './CategoryField';
import { ChecklistSummary } from './ChecklistSummary';
import { CorrectionField, type CorrectionChoice } from './CorrectionField';
import { TagField } from './TagField';

interface PublishFormProps {
  options: PublishOptions;
  onStarted: (job: PublishJob) => void;
  onJump?: (target: ChecklistTarget) => void;
  onPublishLinked?: (articleId: string, title: string) => void;
  onClose: () => void;
}

/** Publishing an article already out keeps it out; otherwise the strongest action the role allows. */
function firstAction(options: PublishOptions): PublishAction {
  const status = options.existingPost?.gone ? null : options.existingPost?.status;
  if (status === 'draft' && options.actions.draft) return 'draft';
  return options.actions.publish ? 'publish' : 'pending';
}

/** The article is out on this site: an update of it may be marked as a correction. */
function isPublished(options: PublishOptions): boolean {
  return options.existingPost !== null && !options.existingPost.gone && options.existingPost.status === 'publish';
}

/** The suggested author when the list has it, else the first; null when the role may not choose. */
function firstAuthor({ authors, suggestedAuthor }: PublishOptions): number | null {
  return authors.find((author) => author.id === suggestedAuthor)?.id ?? authors[0]?.id ?? null;
}

/** The existing post's tags by name, for the tag field to start from. */
function startingTags(options: PublishOptions): string[] {
  const ids = options.existingPost?.tags ?? [];
  return options.tags.filter((tag) => ids.includes(tag.id)).map((tag) => tag.name);
}

export function PublishForm({ options, onStarted, onJump, onPublishLinked, onClose }: PublishFormProps) {
  const { t, errorText } = useT();
  const roleName = useRoleName();
  const slugHint = useId();
  const [action, setAction] = useState<PublishAction>(() => firstAction(options));
  const [scheduledAt, setScheduledAt] = useState(() => defaultScheduleTime());
  const [categories, setCategories] = useState<number[]>(() => options.existingPost?.categories ?? []);
  const [newCategories, setNewCategories] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>(() => startingTags(options));
  const [slug, setSlug] = useState(options.suggestedSlug);
  const [author, setAuthor] = useState(() => firstAuthor(options));
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [correction, setCorrection] = useState<CorrectionChoice>({ marked: false, note: '' });
  const [correctionMissing, setCorrectionMissing] = useState(false);

  const role = roleName(options.user?.role ?? '');
  const allowed = options.actions[action];
  // Only an update of a post already out, published now, can be a correction.
  const correcting = isPublished(options) && action === 'publish' && correction.marked;

  async function start(event: FormEvent) {
    event.preventDefault();
    // The time field says itself what is wrong with what it holds.
    if (action === 'schedule' && scheduledAt === '') return;
    if (correcting && correction.note.trim() === '') {
      setCorrectionMissing(true);
      return;
    }
    setCorrectionMissing(false);
    setStarting(true);
    setFailure(null);
    try {
      const job = await invoke('publish.start', {
        articleId: options.articleId,
        siteId: options.siteId,
        action,
        scheduledAt: action === 'schedule' ? scheduledAt : undefined,
        categories: categories.slice(0, publishLimits.categories),
        newCategories,
        tags,
        slug: slug.trim() === '' ? undefined : slug.trim(),
        author: author ?? undefined,
        correction: correcting ? correction.note.trim() : undefined,
      });
      onStarted(job);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setStarting(false);
    }
  }

  return (
    <form className="publish-form" onSubmit={(event) => void start(event)}>
      <ChecklistSummary items={options.checklist} onJump={onJump} onPublishLinked={onPublishLinked} />
      <SiteFacts options={options} role={role} />
      <ActionChoice
        allowed={options.actions}
        role={role}
        action={action}
        scheduledAt={scheduledAt}
        onAction={setAction}
        onScheduledAt={setScheduledAt}
      />
      {isPublished(options) && action === 'publish' ? (
        <CorrectionField
          value={correction}
          missing={correctionMissing}
          onChange={(value) => {
            setCorrection(value);
            if (value.note.trim() !== '') setCorrectionMissing(false);
          }}
        />
      ) : null}
      {author !== null ? (
        <AuthorField authors={options.authors} chosen={author} userId={options.user?.id ?? null} onChosen={setAuthor} />
      ) : null}
      <CategoryField
        categories={options.categories}
        chosen={categories}
        newNames={newCategories}
        mayCreate={options.capabilities.createCategories}
        onChosen={setCategories}
        onNewNames={setNewCategories}
      />
      <TagField tags={options.tags} chosen={tags} mayCreate={options.capabilities.createTags} onChosen={setTags} />
      <label className="field">
        <span>{t('publishDialog.slug')}</span>
        <input
          type="text"
          value={slug}
          maxLength={publishLimits.slug}
          spellCheck={false}
          aria-describedby={slugHint}
          onChange={(event) => setSlug(event.target.value)}
        />
      </label>
      <p id={slugHint} className="hint">
        {t('publishDialog.slugHint')}
      </p>
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
      {options.blocked ? <p className="hint">{t('publishDialog.fixFirst')}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('publishDialog.close')}
        </button>
        <button type="submit" className="primary" disabled={options.blocked || !allowed || starting}>
          {t(builtKey('publishDialog.submit.', action))}
        </button>
      </div>
    </form>
  );
}

/** Who publishes, whether the site answered, the photos to upload and the post already there. */
function SiteFacts({ options, role }: { options: PublishOptions; role: string }) {
  const { t, errorText, dateTime } = useT();
  const { remote, photos, existingPost, user, capabilities } = options;
  const remoteError = remote.error ? errorText(SpaltError.fromValue(remote.error)) : '';
  return (
    <div className="publish-facts">
      {user ? <p>{t('publishDialog.user', { name: user.name, role })}</p> : null}
      {remote.fresh ? null : (
        <div className="banner" role="note">
          <p>{remote.fetchedAt ? t('publishDialog.offline', { when: dateTime(remote.fetchedAt) }) : t('publishDialog.offlineNever')}</p>
          {remoteError ? <p className="hint">{remoteError}</p> : null}
        </div>
      )}
      <p>
        {photos.total === 0
          ? t('publishDialog.photosNone')
          : photos.toUpload === 0
            ? t('publishDialog.photosDone', { total: photos.total })
            : t('publishDialog.photosUpload', { toUpload: photos.toUpload, total: photos.total })}
        {photos.toUpdate > 0 ? ` ${t('publishDialog.photosUpdate', { toUpdate: photos.toUpdate })}` : ''}
      </p>
      {photos.toUpload > 0 && capabilities.uploadFiles === false ? <p className="hint">{t('publishDialog.cannotUpload')}</p> : null}
      {existingPost ? (
        <p>
          {existingPost.gone ? t('publishDialog.existingGone') : t('publishDialog.existing')}{' '}
          {!existingPost.gone && existingPost.link ? (
            <a href={existingPost.link} target="_blank" rel="noreferrer">
              {t('publishDialog.viewOnSite')}
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
