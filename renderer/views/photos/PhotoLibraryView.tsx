import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import type { PhotoSummary } from '../../../shared/article/photo';
import { creditTypes } from '../../../shared/article/photo-fields';
import { isOneOf } from '../../../shared/one-of';
import { useAppCommand } from '../../app-commands';
import { builtKey, useT } from '../../i18n';
import { acceptedImageTypes, filesOf, useImports } from '../../photos/import-photos';
import { photoIdFromHash, photoLibraryHref } from '../../photos/photo-links';
import { CreditReport } from './CreditReport';
import { ImportList } from './ImportList';
import { PhotoDetail } from './PhotoDetail';
import { PhotoGrid } from './PhotoGrid';
import { usePhotoPages, type PhotoFilter } from './usePhotoPages';
import './photo-library.css';

const searchDelayMs = 200;
const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The selected photo lives in the address (#/photos/<id>), so a link can open it. */
function useSelectedPhoto(): [string | null, (id: string) => void] {
  const [selected, setSelected] = useState(() => photoIdFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => {
      const id = photoIdFromHash(window.location.hash);
      if (id) setSelected(id);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const select = useCallback((id: string) => {
    setSelected(id);
    window.history.replaceState(null, '', photoLibraryHref(id));
  }, []);
  return [selected, select];
}

/** Imports of image files pasted anywhere on the view (Ctrl+V). */
function usePastedFiles(onFiles: (files: File[]) => void): void {
  const latest = useRef(onFiles);
  // Kept current after each render (a paste only ever comes after one), never during it.
  useLayoutEffect(() => {
    latest.current = onFiles;
  });
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = filesOf(event.clipboardData);
      if (files.length === 0) return;
      event.preventDefault();
      latest.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}

export function PhotoLibraryView() {
  const { t, errorText } = useT();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PhotoFilter>({ query: '', creditType: null, missing: false });
  const [selected, select] = useSelectedPhoto();
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  // A menu command is no user gesture, so the file chooser waits for the button it focuses.
  useAppCommand('photos.import', () => importButton.current?.focus());
  const { pages, version } = usePhotoPages(filter);
  const imports = useImports();

  useEffect(() => {
    const timer = setTimeout(() => setFilter((current) => (current.query === query ? current : { ...current, query })), searchDelayMs);
    return () => clearTimeout(timer);
  }, [query]);

  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      void imports.importFiles(files).then((results) => {
        // The first photo of the batch opens, so its prefilled credit can be checked at once.
        const first = results.find((item) => item.state.kind === 'imported' || item.state.kind === 'duplicate');
        if (first && (first.state.kind === 'imported' || first.state.kind === 'duplicate')) select(first.state.photo.id);
      });
    },
    [imports, select],
  );
  usePastedFiles(importFiles);

  const onSelect = useCallback((photo: PhotoSummary) => select(photo.id), [select]);

  return (
    <section
      className={`photo-library${dragging ? ' dragging' : ''}`}
      aria-labelledby="photo-library-heading"
      onDragEnter={(event) => hasFiles(event) && setDragging(true)}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        importFiles(filesOf(event.dataTransfer));
      }}
    >
      <header className="view-header">
        <h1 id="photo-library-heading">{t('nav.photos')}</h1>
        <div className="photo-library-actions">
          <CreditReport />
          <button ref={importButton} type="button" className="primary" onClick={() => fileInput.current?.click()}>
            {t('photoLibrary.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={acceptedImageTypes}
            hidden
            onChange={(event) => {
              importFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </div>
      </header>
      <p className="hint">{t('photoLibrary.dropHint')}</p>
      <ImportList items={imports.items} progress={imports.progress} onOpen={select} onClear={imports.clear} />
      <div className="photo-filters" role="search">
        <input
          type="search"
          className="search"
          aria-label={t('photoLibrary.search')}
          placeholder={t('photoLibrary.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="field">
          <span>{t('photoLibrary.creditType')}</span>
          <select
            value={filter.creditType ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setFilter({ ...filter, creditType: value === 'none' || isOneOf(creditTypes, value) ? value : null });
            }}
          >
            <option value="">{t('photoLibrary.allTypes')}</option>
            <option value="none">{t('photoLibrary.noType')}</option>
            {creditTypes.map((type) => (
              <option key={type} value={type}>
                {t(builtKey('credit.type.', type))}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={filter.missing} onChange={(event) => setFilter({ ...filter, missing: event.target.checked })} />
          {t('photoLibrary.missing')}
        </label>
        <p className="photo-count" role="status">
          {pages.total === null ? '' : t('photoLibrary.count', { count: pages.total })}
        </p>
      </div>
      {pages.error ? <p role="alert">{errorText(pages.error)}</p> : null}
      <div className="photo-library-columns">
        <div className="photo-library-grid">
          {pages.total === 0 ? (
            <p className="empty">
              {filter.query.trim()
                ? t('photoLibrary.noResults', { query: filter.query })
                : filter.missing || filter.creditType
                  ? t('photoLibrary.noneMatch')
                  : t('photoLibrary.empty')}
            </p>
          ) : pages.total === null ? (
            // The grid measures itself when it mounts; waiting for the first page keeps that
            // out of the task that opens the view.
            <div className="photo-grid" aria-busy="true" />
          ) : (
            <PhotoGrid pages={pages} version={version} selectedId={selected} onSelect={onSelect} />
          )}
        </div>
        {selected ? <PhotoDetail id={selected} /> : <p className="photo-detail empty">{t('photoLibrary.noneSelected')}</p>}
      </div>
      {dragging ? (
        <div className="photo-drop-overlay" aria-hidden="true">
          {t('photoLibrary.dropHere')}
        </div>
      ) : null}
    </section>
  );
}
