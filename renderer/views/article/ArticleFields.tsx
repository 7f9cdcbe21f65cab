import type { ArticleDraft } from '../../../shared/article/article';
import { articleKinds, limits, type ArticleKind } from '../../../shared/article/article-fields';
import { isOneOf } from '../../../shared/one-of';
import type { MessageKey } from '../../../shared/i18n';
import { builtKey, useT } from '../../i18n';
import { useSettings } from '../../settings';
import { BylinesField } from './BylinesField';
import { MainPhotoField } from './MainPhotoField';

export type Fields = Omit<ArticleDraft, 'body'>;
type TextKey = 'kicker' | 'headline' | 'lead' | 'label' | 'disclaimer' | 'sponsor';

const fieldLabels = {
  kicker: 'article.kicker',
  headline: 'article.headline',
  lead: 'article.lead',
  label: 'article.label',
  disclaimer: 'article.disclaimer',
  sponsor: 'article.sponsor',
} as const satisfies Record<TextKey, MessageKey>;

interface ArticleFieldsProps {
  fields: Fields;
  editable: boolean;
  onChange: <K extends keyof Fields>(key: K, value: Fields[K]) => void;
  onKind: (kind: ArticleKind) => void;
  onBlur: () => void;
}

export const fieldId = (key: string) => `article-field-${key}`;

/** The article's metadata beside the body: kind, kicker, headline, lead, bylines, and what the kind asks for. */
export function ArticleFields({ fields, editable, onChange, onKind, onBlur }: ArticleFieldsProps) {
  const { t } = useT();
  const rules = useSettings().newsroom.kinds[fields.kind];

  const textField = (key: TextKey, multiline = false) => {
    // Chromium's spellcheck is off: Spalt's own Swedish spelling works offline (renderer/proofing).
    const common = { id: fieldId(key), value: fields[key], maxLength: limits[key], onBlur, disabled: !editable, spellCheck: false };
    return (
      <label className={`field field-${key}`}>
        <span>{t(fieldLabels[key])}</span>
        {multiline ? (
          <textarea {...common} rows={key === 'headline' ? 2 : 3} onChange={(event) => onChange(key, event.target.value)} />
        ) : (
          <input type="text" {...common} onChange={(event) => onChange(key, event.target.value)} />
        )}
      </label>
    );
  };

  return (
    <section className="article-fields" aria-label={t('article.fields')}>
      <label className="field field-kind">
        <span>{t('article.kind')}</span>
        <select
          value={fields.kind}
          disabled={!editable}
          onChange={(event) => isOneOf(articleKinds, event.target.value) && onKind(event.target.value)}
        >
          {articleKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(builtKey('kind.', kind))}
            </option>
          ))}
        </select>
      </label>
      {textField('kicker')}
      {rules.label !== '' || fields.label !== '' ? textField('label') : null}
      {textField('headline', true)}
      {textField('lead', true)}
      <MainPhotoField
        id={fieldId('mainPhoto')}
        photoId={fields.mainPhotoId}
        disabled={!editable}
        onChange={(photoId) => onChange('mainPhotoId', photoId)}
      />
      <div className="field-bylines" id={fieldId('bylines')} tabIndex={-1}>
        {rules.requiresSignature ? <p className="hint">{t('bylines.signedHint')}</p> : null}
        <BylinesField bylines={fields.bylines} disabled={!editable} onChange={(value) => onChange('bylines', value)} onBlur={onBlur} />
      </div>
      {rules.disclaimer !== '' || fields.disclaimer !== '' ? textField('disclaimer') : null}
      {rules.requiresSponsor || fields.sponsor !== '' ? textField('sponsor') : null}
    </section>
  );
}
