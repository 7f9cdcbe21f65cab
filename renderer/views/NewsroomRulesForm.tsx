import { useState, type FormEvent } from 'react';
import { ArticleKind } from '../../shared/article/article';
import { NewsroomSettings, type KindRules } from '../../shared/article/newsroom';
import { builtKey, useT } from '../i18n';
import { HouseStyleFields } from './HouseStyleFields';

interface NewsroomRulesFormProps {
  newsroom: NewsroomSettings;
  onSave: (newsroom: NewsroomSettings) => Promise<void>;
}

type EditableKey = 'defaultKicker' | 'label' | 'disclaimer';
const editable: Array<{ key: EditableKey; label: 'settings.defaultKicker' | 'settings.kindLabel' | 'settings.kindDisclaimer' }> = [
  { key: 'defaultKicker', label: 'settings.defaultKicker' },
  { key: 'label', label: 'settings.kindLabel' },
  { key: 'disclaimer', label: 'settings.kindDisclaimer' },
];

/** The newsroom's texts per kind (kicker, label, disclaimer) and the headline limit. */
export function NewsroomRulesForm({ newsroom, onSave }: NewsroomRulesFormProps) {
  const { t } = useT();
  const [draft, setDraft] = useState(newsroom);

  const setRule = (kind: ArticleKind, key: EditableKey, value: string) =>
    setDraft((current) => ({
      ...current,
      kinds: { ...current.kinds, [kind]: { ...current.kinds[kind], [key]: value } satisfies KindRules },
    }));

  function submit(event: FormEvent) {
    event.preventDefault();
    void onSave(NewsroomSettings.parse(draft));
  }

  return (
    <form className="newsroom-rules" onSubmit={submit} aria-labelledby="newsroom-heading">
      <h2 id="newsroom-heading">{t('settings.newsroom')}</h2>
      <label className="field">
        <span>{t('settings.headlineMaxLength')}</span>
        <input
          type="number"
          min={20}
          max={500}
          value={draft.headlineMaxLength}
          onChange={(event) => setDraft({ ...draft, headlineMaxLength: Number(event.target.value) })}
        />
      </label>
      {ArticleKind.options.map((kind) => (
        <fieldset key={kind}>
          <legend>{t('settings.kindRules', { kind: t(builtKey('kind.', kind)) })}</legend>
          {editable.map(({ key, label }) => (
            <label className="field" key={key}>
              <span>{t(label)}</span>
              <input
                type="text"
                aria-label={`${t(label)} (${t(builtKey('kind.', kind))})`}
                value={draft.kinds[kind][key]}
                maxLength={key === 'disclaimer' ? 500 : 200}
                onChange={(event) => setRule(kind, key, event.target.value)}
              />
            </label>
          ))}
        </fieldset>
      ))}
      <HouseStyleFields style={draft.houseStyle} onChange={(houseStyle) => setDraft({ ...draft, houseStyle })} />
      <button type="submit" className="primary">
        {t('settings.saveNewsroom')}
      </button>
    </form>
  );
}
