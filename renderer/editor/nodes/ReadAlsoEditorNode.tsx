import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { ReadAlsoNode, readAlsoLabel, type ReadAlso } from '../../../shared/document/nodes/read-also/node';
import { isAllowedLinkUrl, normalizeLinkUrl } from '../../../shared/url-policy';
import { useT } from '../../i18n';
import { invoke } from '../../platform';
import { AddressField, BlockFrame, BlockSettings, InPlaceText } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

function linkAddress(typed: string): string | null {
  const url = normalizeLinkUrl(typed);
  return isAllowedLinkUrl(url) ? url : null;
}

/** The picker offers this many articles: the last changed, or the best headlines for what was typed. */
const pickerSize = 30;

/** As the page shows it: "Läs även:" and the linked headline as a link, typed in place; the article or address is picked below. */
function ReadAlsoBlock({ properties: link, update }: BlockUi<ReadAlso>) {
  const { t } = useT();
  const editable = useLexicalEditable();
  const [search, setSearch] = useState('');
  const [articles, setArticles] = useState<readonly ArticleSummary[] | null>(null);
  const asked = useRef(0);
  // A few articles at a time, never the library: a slower answer to an older search is dropped.
  const find = (query: string) => {
    const call = ++asked.current;
    void invoke('articles.headlines', { query, limit: pickerSize }).then(
      (rows) => call === asked.current && setArticles(rows),
      () => call === asked.current && setArticles([]),
    );
  };
  // The library is asked only when the journalist opens the picker, not for every block on load.
  const loadArticles = () => {
    if (articles === null) find(search);
  };
  const pick = (id: string) => {
    const article = articles?.find((candidate) => candidate.id === id);
    if (article) update({ articleId: article.id, title: article.headline, url: '' });
  };
  const choices = articles ?? [];
  const linked = link.articleId !== null && !choices.some((article) => article.id === link.articleId);
  return (
    <BlockFrame name={t('insert.readAlso')} className="spalt-read-also">
      <p className="spalt-read-also-line">
        <span className="spalt-read-also-label">{readAlsoLabel}</span>
        <InPlaceText
          className="spalt-read-also-title"
          label={t('block.readAlso.title')}
          value={link.title}
          onChange={(title) => update({ title })}
        />
      </p>
      <BlockSettings>
        <AddressField
          label={t('block.readAlso.url')}
          value={link.url}
          accept={linkAddress}
          refusedMessage={t('url.linkRefused')}
          onChange={(url) => update({ url, articleId: null })}
        />
        <label className="block-field">
          <span className="block-field-label">{t('block.readAlso.search')}</span>
          <input
            type="search"
            value={search}
            readOnly={!editable}
            placeholder={t('block.readAlso.searchHint')}
            onFocus={loadArticles}
            onChange={(event) => {
              setSearch(event.target.value);
              find(event.target.value);
            }}
          />
        </label>
        <label className="block-field">
          <span className="block-field-label">{t('block.readAlso.pick')}</span>
          <select
            data-checklist-focus
            value={link.articleId ?? ''}
            disabled={!editable}
            onFocus={loadArticles}
            onPointerDown={loadArticles}
            onChange={(event) => pick(event.target.value)}
          >
            <option value="">{t('block.readAlso.pickNone')}</option>
            {linked ? <option value={link.articleId ?? ''}>{link.title}</option> : null}
            {choices.map((article) => (
              <option key={article.id} value={article.id}>
                {article.headline}
              </option>
            ))}
          </select>
        </label>
      </BlockSettings>
    </BlockFrame>
  );
}

export const ReadAlsoEditorNode = editorBlockNode(ReadAlsoNode, 'aside', (ui) => <ReadAlsoBlock {...ui} />);
