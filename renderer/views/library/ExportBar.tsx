import { useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { invoke } from '../../platform';
import { builtKey, useT } from '../../i18n';
import { ProgressBar } from '../../components/ProgressBar';
import { readPickedFile, saveFile } from '../../files/save-file';
import { articleTitle } from './ArticleRow';

type Format = 'html' | 'markdown' | 'json' | 'blocks';
const formats: readonly Format[] = ['html', 'markdown', 'json', 'blocks'];

interface ExportBarProps {
  selected: readonly ArticleSummary[];
  onNotice: (text: string) => void;
  onFailure: (error: unknown) => void;
}

/** Export of the chosen articles in a format, and import of a JSON export. */
export function ExportBar({ selected, onNotice, onFailure }: ExportBarProps) {
  const { t } = useT();
  const [format, setFormat] = useState<Format>('html');
  // How many articles the export under way holds; the core answers once, so the bar shows work under way.
  const [busy, setBusy] = useState<number | false>(false);
  const picker = useRef<HTMLInputElement>(null);

  async function run() {
    if (format === 'blocks' && selected.length !== 1) {
      onNotice(t('export.chooseOne'));
      return;
    }
    setBusy(selected.length);
    try {
      const file = await invoke('articles.export', { ids: selected.map((a) => a.id), format });
      if (format === 'blocks') {
        await navigator.clipboard.writeText(new TextDecoder().decode(file.data));
        onNotice(t('export.copied', { title: articleTitle(selected[0]!, t('library.untitled')) }));
      } else {
        saveFile(file);
        onNotice(t('export.done', { fileName: file.fileName }));
      }
    } catch (error) {
      onFailure(error);
    } finally {
      setBusy(false);
    }
  }

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        const { articles } = await invoke('articles.import', await readPickedFile(file));
        onNotice(t('export.imported', { count: articles.length, fileName: file.name }));
      } catch (error) {
        onFailure(error);
      }
    }
    if (picker.current) picker.current.value = '';
  }

  return (
    <div className="export-bar" role="group" aria-label={t('export.toolbar')}>
      <label>
        {t('export.format')}{' '}
        <select value={format} onChange={(event) => setFormat(event.target.value as Format)}>
          {formats.map((f) => (
            <option key={f} value={f}>
              {t(builtKey('export.format.', f))}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={selected.length === 0 || busy !== false} onClick={() => void run()}>
        {format === 'blocks' ? t('export.copyBlocks') : t('export.run', { count: selected.length })}
      </button>
      <button type="button" onClick={() => picker.current?.click()}>
        {t('export.import')}
      </button>
      <input
        ref={picker}
        type="file"
        accept="application/json,.json"
        hidden
        multiple
        onChange={(event) => void importFiles(event.target.files)}
      />
      {busy !== false ? <ProgressBar label={t('export.progress')} text={t('export.progressText', { count: busy })} /> : null}
    </div>
  );
}
