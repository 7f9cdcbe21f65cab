import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n';

interface ArticleHistoryButtonProps {
  articleId: string;
  title: string;
  /** Saves what is typed, so the history ends with the article as it reads now. */
  beforeOpen: () => Promise<unknown>;
}

// A file of its own, fetched when first opened: it is not on the way to the caret.
const HistoryDialog = lazy(() => import('./HistoryDialog').then((m) => ({ default: m.HistoryDialog })));

/** The article's "Historik" button and its dialog. */
export function ArticleHistoryButton({ articleId, title, beforeOpen }: ArticleHistoryButtonProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);

  async function openDialog() {
    try {
      await beforeOpen();
    } catch {
      // A save that failed is shown by the save status; the history ends with the last save.
    }
    setOpen(true);
  }

  return (
    <>
      <button type="button" onClick={() => void openDialog()}>
        {t('history.open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <HistoryDialog articleId={articleId} title={title} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
