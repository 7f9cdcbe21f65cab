import type { LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import { ArticleKind, limits, type Article, type ArticleDraft } from '../../../shared/article/article';
import type { BodyDocument } from '../../../shared/document/body';
import { textStats } from '../../../shared/document/text-stats';
import { formatCount } from '../../../shared/format/number';
import { BodyEditor } from '../../editor/BodyEditor';
import { invoke, sessionId } from '../../platform';
import { useT } from '../../i18n';
import { hrefFor, navigate } from '../../routes';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';

type Fields = Omit<ArticleDraft, 'body'>;

const pickFields = (a: Article): Fields => ({
  kind: a.kind,
  kicker: a.kicker,
  headline: a.headline,
  lead: a.lead,
  byline: a.byline,
});

export function ArticleEditor({ article, onRestored }: { article: Article; onRestored: (a: Article) => void }) {
  const { t, language } = useT();
  const [fields, setFields] = useState(() => pickFields(article));
  const [body, setBody] = useState<{ doc: BodyDocument; generation: number }>({ doc: article.body, generation: 0 });
  const [bodyText, setBodyText] = useState('');
  const fieldsRef = useRef(fields);
  const editorRef = useRef<LexicalEditor | null>(null);
  const editable = article.trashedAt === null;

  const readDraft = useCallback(
    (): ArticleDraft => ({
      ...fieldsRef.current,
      body: (editorRef.current?.getEditorState().toJSON() as BodyDocument | undefined) ?? body.doc,
    }),
    [body.doc],
  );

  const showVersion = useCallback((latest: Article) => {
    fieldsRef.current = pickFields(latest);
    setFields(fieldsRef.current);
    setBody((previous) => ({ doc: latest.body, generation: previous.generation + 1 }));
  }, []);

  const autosave = useAutosave({ article, readDraft, showVersion });
  const { changed, flush } = autosave;

  function update<K extends keyof Fields>(key: K, value: Fields[K]) {
    fieldsRef.current = { ...fieldsRef.current, [key]: value };
    setFields(fieldsRef.current);
    changed();
  }

  const onReady = useCallback((editor: LexicalEditor) => {
    editorRef.current = editor;
  }, []);
  const onBlur = useCallback(() => void flush(), [flush]);

  const stats = useMemo(
    () => textStats([fields.kicker, fields.headline, fields.lead, bodyText].filter(Boolean).join('\n')),
    [fields.kicker, fields.headline, fields.lead, bodyText],
  );

  async function back() {
    await flush();
    navigate({ view: 'library' });
  }

  async function restore() {
    await invoke('articles.restore', { id: article.id, sessionId });
    onRestored(await invoke('articles.get', { id: article.id }));
  }

  const textField = (key: 'kicker' | 'headline' | 'lead' | 'byline', multiline = false) => {
    const common = {
      value: fields[key],
      maxLength: limits[key],
      onBlur: () => void flush(),
      disabled: !editable,
    };
    return (
      <label className={`field field-${key}`}>
        <span>{t(`article.${key}`)}</span>
        {multiline ? (
          <textarea {...common} rows={key === "headline" ? 2 : 3} onChange={(event) => update(key, event.target.value)} />
        ) : (
          <input type="text" {...common} onChange={(event) => update(key, event.target.value)} />
        )}
      </label>
    );
  };

  return (
    <article className="article-view" aria-label={fields.headline || t('library.untitled')}>
      <header className="view-header">
        <a
          href={hrefFor({ view: 'library' })}
          onClick={(event) => {
            event.preventDefault();
            void back();
          }}
        >
          ← {t('article.back')}
        </a>
        <SaveStatus autosave={autosave} />
      </header>
      {editable ? null : (
        <div className="banner" role="note">
          {t('article.inTrash')}{' '}
          <button type="button" onClick={() => void restore()}>
            {t('trash.restoreShort')}
          </button>
        </div>
      )}
      <section className="article-fields" aria-label={t('article.fields')}>
        <label className="field field-kind">
          <span>{t('article.kind')}</span>
          <select
            value={fields.kind}
            disabled={!editable}
            onChange={(event) => update('kind', ArticleKind.parse(event.target.value))}
          >
            {ArticleKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {textField('kicker')}
        {textField('headline', true)}
        {textField('lead', true)}
        {textField('byline')}
      </section>
      <section className="article-body" aria-label={t('article.body')}>
        <BodyEditor
          key={body.generation}
          initialBody={body.doc}
          label={t('article.body')}
          editable={editable}
          onReady={onReady}
          onChange={changed}
          onBlur={onBlur}
          onText={setBodyText}
        />
      </section>
      <footer className="article-footer">
        <p aria-live="off">
          {t('article.counts', { words: formatCount(stats.words, language), characters: formatCount(stats.characters, language) })}
        </p>
      </footer>
    </article>
  );
}
