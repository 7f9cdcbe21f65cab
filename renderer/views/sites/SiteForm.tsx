import { useId, useState, type FormEvent } from 'react';
import { defaultSitePage, siteLimits, type Site, type SitePage } from '../../../shared/publish/site';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../i18n';
import { invoke } from '../../platform';
import { ConnectionResult, type TestState } from './ConnectionResult';

/** What the theme may already show, each a checkbox. */
const pageChoices: ReadonlyArray<[keyof SitePage, MessageKey]> = [
  ['themeShowsExcerpt', 'sites.page.excerpt'],
  ['themeShowsFeaturedImage', 'sites.page.featuredImage'],
];

interface SiteFormProps {
  /** The site being changed, or null to add one. */
  editing: Site | null;
  onSaved: (site: Site, typedAddress: string) => void;
  onCancel: () => void;
}

/** Adds or changes a site; "Testa anslutningen" tries the values as typed, before saving. */
export function SiteForm({ editing, onSaved, onCancel }: SiteFormProps) {
  const { t, errorText } = useT();
  const [name, setName] = useState(editing?.name ?? '');
  const [address, setAddress] = useState(editing?.address ?? '');
  const [username, setUsername] = useState(editing?.username ?? '');
  const [password, setPassword] = useState('');
  const [page, setPage] = useState<SitePage>(editing?.page ?? defaultSitePage);
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const helpId = useId();
  const addressHintId = useId();
  const pageHelpId = useId();

  const typedPassword = password.trim() === '' ? undefined : password;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      const site = await invoke('sites.save', { id: editing?.id, name, address, username, password: typedPassword, page });
      setFailure(null);
      setPassword('');
      onSaved(site, address.trim());
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSaving(false);
    }
  }

  async function testTyped() {
    setFailure(null);
    setTest({ state: 'testing' });
    try {
      const report = await invoke('sites.test', { id: editing?.id, address, username, password: typedPassword });
      setTest({ state: 'done', report });
    } catch (caught) {
      setTest({ state: 'failed', error: caught });
    }
  }

  const canTest = address.trim() !== '' && username.trim() !== '' && (typedPassword !== undefined || editing?.hasPassword === true);

  return (
    <form className="site-form" aria-labelledby={headingId} onSubmit={(event) => void save(event)}>
      <h2 id={headingId}>{editing ? t('sites.editHeading', { name: editing.name }) : t('sites.addHeading')}</h2>
      <label className="field">
        <span>{t('sites.name')}</span>
        <input
          type="text"
          value={name}
          required
          maxLength={siteLimits.name}
          placeholder={t('sites.namePlaceholder')}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('sites.address')}</span>
        <input
          type="text"
          inputMode="url"
          value={address}
          required
          maxLength={siteLimits.address}
          placeholder={t('sites.addressPlaceholder')}
          aria-describedby={addressHintId}
          autoComplete="url"
          spellCheck={false}
          onChange={(event) => setAddress(event.target.value)}
        />
      </label>
      <p id={addressHintId} className="hint">
        {t('sites.addressHint')}
      </p>
      <label className="field">
        <span>{t('sites.username')}</span>
        <input
          type="text"
          value={username}
          required
          maxLength={siteLimits.username}
          autoComplete="username"
          spellCheck={false}
          onChange={(event) => setUsername(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('sites.password')}</span>
        <input
          type="password"
          value={password}
          required={!editing}
          maxLength={siteLimits.password}
          autoComplete="new-password"
          spellCheck={false}
          aria-describedby={helpId}
          placeholder={editing?.hasPassword ? '••••' : ''}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <div id={helpId} className="hint site-password-help">
        {editing?.hasPassword ? <p>{t('sites.passwordKeep')}</p> : null}
        <p>{t('sites.passwordHelp')}</p>
      </div>
      <fieldset className="site-page" aria-describedby={pageHelpId}>
        <legend>{t('sites.page.legend')}</legend>
        {pageChoices.map(([key, label]) => (
          <label key={key}>
            <input type="checkbox" checked={page[key]} onChange={(event) => setPage({ ...page, [key]: event.target.checked })} /> {t(label)}
          </label>
        ))}
        <p id={pageHelpId} className="hint">
          {t('sites.page.help')}
        </p>
      </fieldset>
      <div className="site-form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('sites.save')}
        </button>
        <button type="button" disabled={!canTest || test.state === 'testing'} onClick={() => void testTyped()}>
          {t('sites.test')}
        </button>
        {editing ? (
          <button type="button" onClick={onCancel}>
            {t('sites.cancel')}
          </button>
        ) : null}
      </div>
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
      <ConnectionResult test={test} />
    </form>
  );
}
