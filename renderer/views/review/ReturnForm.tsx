import { useState } from 'react';
import { useT } from '../../i18n';

/** The editor's notes, one field per paragraph of the body, for "Skicka tillbaka med anteckningar". */
export function ReturnForm({
  blocks,
  onSend,
  onCancel,
}: {
  blocks: readonly string[];
  onSend: (notes: Array<{ blockIndex: number; text: string }>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useT();
  const [texts, setTexts] = useState<string[]>(() => blocks.map(() => ''));
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    const notes = texts.map((text, blockIndex) => ({ blockIndex, text: text.trim() })).filter((note) => note.text !== '');
    if (notes.length === 0) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    try {
      await onSend(notes);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="return-form"
      aria-labelledby="return-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3 id="return-heading">{t('workflow.returnHeading')}</h3>
      {blocks.map((text, index) =>
        text.trim() === '' ? null : (
          <p key={index}>
            <label htmlFor={`return-note-${index}`}>{t('workflow.noteFor', { number: index + 1, text: firstWords(text) })}</label>
            <textarea
              id={`return-note-${index}`}
              rows={2}
              value={texts[index] ?? ''}
              onChange={(event) => {
                setEmpty(false);
                setTexts((all) => all.map((value, i) => (i === index ? event.target.value : value)));
              }}
            />
          </p>
        ),
      )}
      {empty ? <p role="alert">{t('workflow.returnEmpty')}</p> : null}
      <button type="submit" disabled={busy}>
        {t('workflow.returnSend')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('workflow.cancel')}
      </button>
    </form>
  );
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
}
