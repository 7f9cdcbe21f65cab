import { useEffect, useState } from 'react';
import type { AppInfo, Settings } from '../../shared/api';
import { Language } from '../../shared/i18n';
import { invoke } from '../platform';
import { useT } from '../i18n';

export function SettingsView({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const { t, errorText } = useT();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    void invoke('app.info', {}).then(setInfo, setFailure);
  }, []);

  async function changeLanguage(language: Language) {
    try {
      onChange(await invoke('settings.update', { language }));
      setNotice('settings.saved');
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <label className="field">
        <span>{t('settings.language')}</span>
        <select
          value={settings.language}
          onChange={(event) => void changeLanguage(Language.parse(event.target.value))}
        >
          {Language.options.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
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
    </section>
  );
}
