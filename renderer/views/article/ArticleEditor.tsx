import { $getRoot, $isElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleDraft, ArticleKind } from '../../../shared/article/article';
import { checkArticle, type ChecklistItem, type ChecklistTarget, type SpellingFinding } from '../../../shared/article/checklist';
import { replaceNth } from '../../../shared/proofing/house-style';
import type { Lix } from '../../../shared/proofing/lix';
import { wordsIn } from '../../../shared/proofing/words';
import { useProofingWords } from '../../proofing/useProofingWords';
import { useFieldSpelling } from '../../proofing/useFieldSpelling';
import { LixReading } from '../../proofing/LixReading';
import { changeKind } from '../../../shared/article/kind-defaults';
import { readingMinutes } from '../../../shared/article/reading-time';
import type { BodyDocument } from '../../../shared/document/body';
import { writtenAs } from '../../../shared/json-text';
import type { TextStats } from '../../../shared/document/text-stats';
import { createTextMeasures } from '../../../shared/document/text-measures';
import { newsroomDate } from '../../../shared/format/date';
import { BodyEditor } from '../../editor/BodyEditor';
import { createBodyJson, type BodyJson } from '../../editor/body-json';
import { invoke, sessionId } from '../../platform';
import { libraryPhotoFacts } from '../../photos/article-photos';
import { usePhotoStoreVersion } from '../../photos/photo-store';
import { useT } from '../../i18n';
import { hrefFor, navigate } from '../../routes';
import { useSettings } from '../../settings';
import { ArticleFields, fieldId, type Fields } from './ArticleFields';
import { ArticleHistoryButton } from './ArticleHistoryButton';
import { ChecklistPanel } from './ChecklistPanel';
import { $replacePhrase, $selectPhrase, phraseRange } from './checklist-fix';
import { WorkflowPanel } from '../review/WorkflowPanel';
import { NotesBeside } from '../review/NotesBeside';
import { useArticleReview } from '../review/useArticleReview';
import type { NoteAnchors } from '../review/useNotePlacement';
import { useWideWindow } from '../review/useWideWindow';
import { ArticlePublishBar } from '../publish/ArticlePublishBar';
import { SaveStatus } from '../../saving/SaveStatus';
import { useLinkedArticles } from './useLinkedArticles';
import { useAutosave } from './useAutosave';
import { useLeftOff } from './useLeftOff';
import { takeNewArticle } from './new-article';
import { takeStartPlace } from '../../start/left-off';
import { markStarted } from '../../start/started';

/** Selects the nth occurrence of a word among a block's text nodes (a checklist item's place). */
function selectWord(nodes: TextNode[], word: { text: string; nth: number }): void {
  let seen = 0;
  for (const node of nodes) {
    for (const found of wordsIn(node.getTextContent())) {
      if (found.word !== word.text) continue;
      if (seen++ === word.nth) {
        node.select(found.start, found.end);
        return;
      }
    }
  }
}

const pickFields = ({ kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId }: Article): Fields => ({
  kind,
  kicker,
  headline,
  lead,
  bylines,
  label,
  disclaimer,
  sponsor,
  mainPhotoId,
});

/** The checklist and counts wait for a pause in typing; they are off the typing path. */
const analysisDelayMs = 400;

interface Analysis {
  stats: TextStats;
  lix: Lix | null;
  checklist: ChecklistItem[];
}

interface ArticleEditorProps {
  article: Article;
  onRestored: (a: Article) => void;
  /** The article was read as the page started, before it could hear of saves (see useAutosave). */
  readAtPageLoad?: boolean;
}

export function ArticleEditor({ article, onRestored, readAtPageLoad = false }: ArticleEditorProps) {
  const { t, errorText } = useT();
  const settings = useSettings();
  const linkedArticle = useLinkedArticles();
  // The checklist judges library photos by the library's values; it looks again when they change.
  const photoVersion = usePhotoStoreVersion();
  const [fields, setFields] = useState(() => pickFields(article));
  const [body, setBody] = useState<{ doc: BodyDocument; generation: number }>({ doc: article.body, generation: 0 });
  // Bumped on every body change (a moment after typing pauses), also when only a block's
  // fields changed (alt text, a link's address), which leave the text as it was.
  const [bodyText, setBodyText] = useState({ text: '', version: 0 });
  const onText = useCallback((text: string) => setBodyText((previous) => ({ text, version: previous.version + 1 })), []);
  // Counts and LIX, remembered a line at a time across pauses.
  const [measureText] = useState(createTextMeasures);
  // None until the first pause: counting and the checklist are not on the way to the caret.
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  // Where the caret goes as the article opens, when it is the one the journalist left off.
  const [startPlace] = useState(() => takeStartPlace(article.id));
  const onPlace = useLeftOff(article.id, article.trashedAt === null);
  const fieldsRef = useRef(fields);
  const editorRef = useRef<LexicalEditor | null>(null);
  // The same editor as state, for what is drawn beside it (the notes); a new one after showVersion.
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const review = useArticleReview(article.id);
  const wide = useWideWindow();
  const [anchors, setAnchors] = useState<NoteAnchors>(() => new Map());
  const editable = article.trashedAt === null;
  const proofingWords = useProofingWords(article.id);
  const [spellingFindings, setSpellingFindings] = useState<SpellingFinding[]>([]);
  const proofing = useMemo(() => ({ words: proofingWords, onFindings: setSpellingFindings }), [proofingWords]);
  const fieldFindings = useFieldSpelling(fields, proofingWords);

  // The save and the checklist both read the body after a pause; it is kept as JSON a block at
  // a time, so a pause in a 20,000-word article exports only the blocks typed in.
  const bodyJson = useRef<BodyJson | null>(null);
  const readBody = useCallback((): BodyDocument => bodyJson.current?.read() ?? body.doc, [body.doc]);

  const readDraft = useCallback((): ArticleDraft => {
    const current = fieldsRef.current;
    return {
      ...current,
      // A byline row still being filled in is not part of the article yet.
      bylines: current.bylines.filter((b) => b.name.trim() !== '').map((b) => ({ ...b, name: b.name.trim() })),
      body: readBody(),
    };
  }, [readBody]);

  // What a save sends: the body as the JSON text kept above, which the transport carries as it is.
  const readDraftToSave = useCallback((): ArticleDraft => {
    const draft = readDraft();
    const text = bodyJson.current?.text();
    return text === undefined ? draft : { ...draft, body: writtenAs<BodyDocument>(text) };
  }, [readDraft]);

  const showVersion = useCallback((latest: Article) => {
    fieldsRef.current = pickFields(latest);
    setFields(fieldsRef.current);
    setBody((previous) => ({ doc: latest.body, generation: previous.generation + 1 }));
  }, []);

  const autosave = useAutosave({ article, readDraft: readDraftToSave, showVersion, readAtPageLoad });
  const { changed, flush } = autosave;

  useEffect(() => {
    const timer = setTimeout(() => {
      const draft = readDraft();
      const text = [draft.kicker, draft.headline, draft.lead, bodyText.text].filter(Boolean).join('\n');
      setAnalysis({
        ...measureText(text),
        checklist: checkArticle(draft, {
          newsroom: settings.newsroom,
          linkedArticle,
          photos: { facts: libraryPhotoFacts(draft), today: newsroomDate(new Date()), articleId: article.id },
          spelling: [...fieldFindings, ...spellingFindings],
        }),
      });
    }, analysisDelayMs);
    return () => clearTimeout(timer);
  }, [
    fields,
    bodyText,
    readDraft,
    settings.newsroom,
    linkedArticle,
    photoVersion,
    article.id,
    spellingFindings,
    fieldFindings,
    measureText,
  ]);

  function setFieldsAndSave(next: Fields) {
    fieldsRef.current = next;
    setFields(next);
    changed();
  }
  const update = <K extends keyof Fields>(key: K, value: Fields[K]) => setFieldsAndSave({ ...fieldsRef.current, [key]: value });
  const updateKind = (kind: ArticleKind) => setFieldsAndSave(changeKind(fieldsRef.current, kind, settings.newsroom));

  const onReady = useCallback((editor: LexicalEditor) => {
    editorRef.current = editor;
    bodyJson.current?.dispose();
    bodyJson.current = createBodyJson(editor);
    setEditor(editor);
  }, []);
  useEffect(() => () => bodyJson.current?.dispose(), []);
  const onBlur = useCallback(() => void flush(), [flush]);

  useEffect(() => {
    if (takeNewArticle(article.id)) document.getElementById(fieldId('headline'))?.focus();
  }, [article.id]);

  function jump(target: ChecklistTarget) {
    if ('field' in target) {
      const input = document.getElementById(fieldId(target.field));
      input?.focus();
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
        const word = target.word && wordsIn(input.value).filter((w) => w.word === target.word?.text)[target.word.nth];
        const range = word ? ([word.start, word.end] as const) : target.phrase ? phraseRange(input.value, target.phrase) : null;
        if (range) input.setSelectionRange(...range);
      }
      return;
    }
    const editor = editorRef.current;
    if (!editor) return;
    const found: { field: HTMLElement | null } = { field: null };
    editor.update(() => {
      const block = $getRoot().getChildAtIndex(target.block);
      if ($isElementNode(block)) block.selectStart();
      if ($isElementNode(block) && target.word) selectWord(block.getAllTextNodes(), target.word);
      if ($isElementNode(block) && target.phrase) $selectPhrase(block.getAllTextNodes(), target.phrase);
      const element = block ? editor.getElementByKey(block.getKey()) : null;
      element?.scrollIntoView({ block: 'center' });
      // A block of its own ("Läs även", a photo) has no text for the caret: the field it marks
      // takes the focus, else the block itself.
      if (element && block && !$isElementNode(block)) {
        found.field =
          element.querySelector<HTMLElement>('[data-checklist-focus]') ??
          element.querySelector<HTMLElement>('.spalt-block') ??
          element.querySelector<HTMLElement>('input, select, textarea');
      }
    });
    if (found.field) found.field.focus();
    else editor.focus();
  }

  const jumpToBlock = (block: number) => jump({ block });

  /** Puts the house style's finding right where it still stands; false when the text has changed since. */
  function fix({ target, fix: replacement }: ChecklistItem): boolean {
    const phrase = target.phrase;
    if (replacement === undefined || !phrase) return false;
    if ('field' in target) {
      if (target.field !== 'kicker' && target.field !== 'headline' && target.field !== 'lead') return false;
      const next = replaceNth(fieldsRef.current[target.field], phrase.text, phrase.nth, replacement);
      if (next !== null) update(target.field, next);
      return next !== null;
    }
    let fixed = false;
    editorRef.current?.update(() => {
      const block = $getRoot().getChildAtIndex(target.block);
      fixed = $isElementNode(block) && $replacePhrase(block.getAllTextNodes(), phrase, replacement);
    });
    return fixed;
  }

  /** The body's blocks as text, as the editor holds them now. */
  function blockTexts(): string[] {
    const editor = editorRef.current;
    if (!editor) return [];
    return editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent()),
    );
  }

  async function back() {
    await flush();
    navigate({ view: 'library' });
  }

  async function restore() {
    await invoke('articles.restore', { id: article.id, sessionId });
    onRestored(await invoke('articles.get', { id: article.id }));
  }

  return (
    <article className="article-view" aria-labelledby="article-title">
      <h1 id="article-title" className="visually-hidden">
        {fields.headline || t('library.untitled')}
      </h1>
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
        <ArticleHistoryButton articleId={article.id} title={fields.headline || t('library.untitled')} beforeOpen={flush} />
        <ArticlePublishBar articleId={article.id} editable={editable} beforeOpen={flush} onJump={jump} />
      </header>
      {editable ? null : (
        <div className="banner" role="note">
          {t('article.inTrash')}{' '}
          <button type="button" onClick={() => void restore()}>
            {t('trash.restoreShort')}
          </button>
        </div>
      )}
      <div className="article-columns">
        <div className="article-main">
          <ArticleFields fields={fields} editable={editable} onChange={update} onKind={updateKind} onBlur={onBlur} />
          <section className="article-body" aria-label={t('article.body')}>
            <NotesBeside editor={editor} threads={review.threads} wide={wide} onJump={jumpToBlock} onAnchors={setAnchors}>
              <BodyEditor
                key={body.generation}
                initialBody={body.doc}
                label={t('article.body')}
                editable={editable}
                typography={settings.typography}
                onReady={onReady}
                onChange={changed}
                onBlur={onBlur}
                onText={onText}
                startPlace={body.generation === 0 ? startPlace : null}
                onStarted={markStarted}
                onPlace={onPlace}
                proofing={proofing}
              />
            </NotesBeside>
          </section>
          {proofingWords.failure ? <p role="alert">{errorText(proofingWords.failure)}</p> : null}
          <footer className="article-footer">
            {analysis ? (
              <p>
                {t('article.words', { count: analysis.stats.words })}
                {' · '}
                {t('article.characters', { count: analysis.stats.characters })}
                {' · '}
                {t('article.readingTime', { minutes: readingMinutes(analysis.stats.words) })}
                {analysis.lix ? (
                  <>
                    {' · '}
                    <LixReading lix={analysis.lix} />
                  </>
                ) : null}
              </p>
            ) : null}
          </footer>
        </div>
        <aside className="article-side">
          <WorkflowPanel
            review={review}
            anchors={anchors}
            notesInMargin={wide}
            onJump={jumpToBlock}
            blockTexts={blockTexts}
            beforeStep={flush}
          />
          <ChecklistPanel items={analysis?.checklist ?? null} onJump={jump} onFix={fix} />
        </aside>
      </div>
    </article>
  );
}
