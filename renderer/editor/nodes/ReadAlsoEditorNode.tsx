import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { ReadAlsoNode, type ReadAlso } from '../../../shared/document/nodes/read-also/node';
import { isAllowedLinkUrl, normalizeLinkUrl } from '../../../shared/url-policy';
import { useT } from '../../i18n';
import { invoke } from '../../platform';
import { AddressField, BlockFrame, TextField } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

function linkAddress(typed: string): string | null {
  const url = normalizeLinkUrl(typed);
  return isAllowedLinkUrl(url) ? url : null;
}

function ReadAlsoBlock({ properties: link, update }: BlockUi<ReadAlso>) {
  const { t } = useT();
  const editable = useLexicalEditable();
  const [articles, setArticles] = useState<readonly ArticleSummary[] | null>(null);
  // The library is asked only when the journalist opens the picker, not for every block on load.
  const loadArticles = () => {
    if (articles === null) void invoke('articles.list', {}).then(setArticles, () => setArticles([]));
  };
  const pick = (id: string) => {
    const article = articles?.find((candidate) => candidate.id === id);
    if (article) update({ articleId: article.id, title: article.headline, url: '' });
  };
  const choices = articles ?? [];
  const linked = link.articleId !== null && !choices.some((article) => article.id === link.articleId);
  return (
    <BlockFrame name={t('insert.readAlso')} className="spalt-read-also">
      <TextField label={t('block.readAlso.title')} value={link.title} onChange={(title) => update({ title })} />
      <AddressField
        label={t('block.readAlso.url')}
        value={link.url}
        accept={linkAddress}
        refusedMessage={t('url.linkRefused')}
        onChange={(url) => update({ url, articleId: null })}
      />
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
    </BlockFrame>
  );
}

export const ReadAlsoEditorNode = editorBlockNode(ReadAlsoNode, 'aside', (ui) => <ReadAlsoBlock {...ui} />);
