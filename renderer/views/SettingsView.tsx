import { useEffect, useState } from 'react';
import type { AppInfo, Settings, TypographySettings } from '../../shared/api';
import type { NewsroomSettings } from '../../shared/article/newsroom';
import { NewsroomRulesForm } from './NewsroomRulesForm';
import { WordListForm } from './WordListForm';
import { BackupNow } from './BackupNow';
import { isLanguage, languages, type Language } from '../../shared/i18n';
import { invoke } from '../platform';
import { builtKey, useT } from '../i18n';

/** "Ditt namn": saved when the field is left or Enter is pressed, not at every keystroke. */
function YourNameField({ value, onSave }: { value: string; onSave: (name: string) => void }) {
  const { t } = useT();
  const [name, setName] = useState(value);
  // A name saved elsewhere (another window) replaces what is shown, adjusted while rendering.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setName(value);
  }
  const save = () => {
    if (name.trim() !== value) onSave(name.trim());
  };
  return (
    <label className="field">
      <span>{t('settings.yourName')}</span>
      <input
        type="text"
        maxLength={100}
        autoComplete="name"
        value={name}
        aria-describedby="settings-your-name-hint"
        onChange={(event) => setName(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
      <small id="settings-your-name-hint">{t('settings.yourNameHint')}</small>
    </label>
  );
}

export function SettingsView({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const { t, errorText } = useT();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    void invoke('app.info', {}).then(setInfo, setFailure);
  }, []);

  // Shown at once, put back if the core refuses it.
  async function update(changes: Partial<Settings>) {
    const before = settings;
    onChange({ ...settings, ...changes });
    try {
      onChange(await invoke('settings.update', changes));
      setNotice('settings.saved');
    } catch (caught) {
      onChange(before);
      setFailure(caught);
    }
  }
  const changeLanguage = (language: Language) => update({ language });
  const toggle = (rule: keyof TypographySettings, on: boolean) => update({ typography: { ...settings.typography, [rule]: on } });

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <label className="field">
        <span>{t('settings.language')}</span>
        <select
          value={settings.language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
          }}
        >
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(builtKey('language.', language))}
            </option>
          ))}
        </select>
      </label>
      <YourNameField value={settings.yourName} onSave={(yourName) => void update({ yourName })} />
      <fieldset>
        <legend>{t('settings.typography')}</legend>
        {(['quotes', 'dashes', 'ellipsis'] as const).map((rule) => (
          <label className="check" key={rule}>
            <input type="checkbox" checked={settings.typography[rule]} onChange={(event) => void toggle(rule, event.target.checked)} />
            <span>{t(builtKey('settings.typography.', rule))}</span>
          </label>
        ))}
      </fieldset>
      <NewsroomRulesForm newsroom={settings.newsroom} onSave={(newsroom: NewsroomSettings) => update({ newsroom })} />
      <WordListForm />
      <p className="notice" role="status">
        {notice ? t('settings.saved') : ''}
      </p>
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
      {info ? (
        <dl className="app-info">
          <dt>{t('settings.dataDir')}</dt>
          <dd>{info.dataDir}</dd>
          <dt>{t('settings.database')}</dt>
          <dd>{info.databaseFile}</dd>
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
        </dl>
      ) : null}
      <BackupNow />
    </section>
  );
}
