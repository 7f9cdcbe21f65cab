import { useEffect, useRef, useState, type FormEvent } from 'react';
import { NewsroomWord } from '../../shared/proofing/word-list';
import { saveFile } from '../files/save-file';
import { useT } from '../i18n';
import { invoke, onEvent } from '../platform';

/** Inställningar: the newsroom's word list, which spelling accepts; added, removed, exported and imported. */
export function WordListForm() {
  const { t, errorText } = useT();
  const [words, setWords] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const load = () => void invoke('words.list', {}).then(setWords, setFailure);
    load();
    return onEvent('words.changed', load);
  }, []);

  async function attempt(run: () => Promise<void>) {
    setFailure(null);
    setNotice('');
    try {
      await run();
    } catch (caught) {
      setFailure(caught);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const word = NewsroomWord.safeParse(draft);
    setInvalid(!word.success);
    if (!word.success) return;
    void attempt(async () => {
      setWords(await invoke('words.add', { word: word.data }));
      setDraft('');
    });
  }

  const remove = (word: string) => void attempt(async () => setWords(await invoke('words.remove', { word })));

  const exportList = () =>
    void attempt(async () => {
      const file = await invoke('words.export', {});
      saveFile({ fileName: file.fileName, mimeType: 'text/plain;charset=utf-8', data: file.text });
      setNotice(t('words.exported', { count: file.count, fileName: file.fileName }));
    });

  const importFile = (file: File | undefined) =>
    void attempt(async () => {
      if (!file) return;
      // UTF-8, as the list is written; a byte that is not UTF-8 becomes U+FFFD and that line is no word.
      const result = await invoke('words.import', { text: new TextDecoder('utf-8').decode(await file.arrayBuffer()) });
      setWords(result.words);
      setNotice(t('words.imported', { added: result.added, skipped: result.skipped }));
      if (picker.current) picker.current.value = '';
    });

  return (
    <section className="word-list" aria-labelledby="word-list-heading">
      <h2 id="word-list-heading">{t('words.heading')}</h2>
      <p className="hint">{t('words.intro')}</p>
      <form onSubmit={add}>
        <label className="field">
          <span>{t('words.newWord')}</span>
          <input
            type="text"
            value={draft}
            maxLength={60}
            spellCheck={false}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'word-list-invalid' : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit">{t('words.add')}</button>
        {invalid ? (
          <p id="word-list-invalid" role="alert">
            {t('words.invalid')}
          </p>
        ) : null}
      </form>
      {words === null ? null : words.length === 0 ? (
        <p>{t('words.empty')}</p>
      ) : (
        <>
          <p>{t('words.count', { count: words.length })}</p>
          <ul aria-label={t('words.heading')}>
            {words.map((word) => (
              <li key={word}>
                {word}{' '}
                <button type="button" aria-label={t('words.remove', { word })} onClick={() => remove(word)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="word-list-file">
        <button type="button" onClick={exportList}>
          {t('words.export')}
        </button>
        <button type="button" aria-describedby="word-list-import-hint" onClick={() => picker.current?.click()}>
          {t('words.import')}
        </button>
        <small id="word-list-import-hint">{t('words.importHint')}</small>
        <input ref={picker} type="file" accept="text/plain,.txt" hidden onChange={(event) => importFile(event.target.files?.[0])} />
      </div>
      {/* Only while it has news: the settings page has its own status line. */}
      {notice ? <p role="status">{notice}</p> : null}
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
    </section>
  );
}
