import type { Credit, CreditSuggestion, Photo, PrefilledFrom } from '../../../shared/article/photo';
import { creditTypes, embeddedFields, photoLimits } from '../../../shared/article/photo-fields';
import { isOneOf } from '../../../shared/one-of';
import { photoTextFindings, type PhotoFinding } from '../../../shared/article/photo-rights';
import type { MessageKey } from '../../../shared/i18n';
import { creditLine } from '../../../shared/format/credit';
import { builtKey, useT } from '../../i18n';
import { DateField } from '../../components/DateField';
import { CreditNameField } from './CreditNameField';
import { FormField } from './FormField';
import { SaveStatus } from '../../saving/SaveStatus';
import { usePhotoAutosave } from './usePhotoAutosave';

type TextCreditKey = 'organisation' | 'licence' | 'usageNotes';

const fieldLabels = {
  organisation: 'credit.organisation',
  licence: 'credit.licence',
  usageNotes: 'credit.usageNotes',
} as const satisfies Record<TextCreditKey, MessageKey>;

/** What the alt text field says of each finding about the alt text. */
const altNotes: Partial<Record<PhotoFinding['problem'], MessageKey>> = {
  missing_alt: 'credit.altRequired',
  alt_is_file_name: 'credit.altIsFileName',
  alt_short: 'checklist.rule.photo.altShort',
};

/** The caption, alt text and credit of one photo, saved as they are typed. */
export function CreditForm({ photo }: { photo: Photo }) {
  const { t } = useT();
  const autosave = usePhotoAutosave(photo);
  const { edit, change, flush } = autosave;
  const line = creditLine(edit.credit);
  const onBlur = () => void flush();

  const setCredit = (next: Partial<Credit>) => change({ ...edit, credit: { ...edit.credit, ...next } });

  /** "Från IPTC By-line", while the field still holds what the file said. */
  const origin = (key: keyof PrefilledFrom, value: string): string | null => {
    const source = photo.prefilledFrom[key];
    const embedded = source ? photo.embedded.fields[source] : undefined;
    const wanted = value.trim().toLocaleLowerCase('sv');
    if (!source || wanted === '' || !embedded?.toLocaleLowerCase('sv').includes(wanted)) return null;
    return t('photoDetail.from', { field: embeddedFields[source] });
  };

  // The checklist's own rule, so the form and the checklist never disagree about a photo.
  const findings = photoTextFindings({ alt: edit.alt, creditLine: line });
  const creditMissing = findings.some((finding) => finding.problem === 'missing_credit');
  const altFinding = findings.find((finding) => altNotes[finding.problem] !== undefined);
  const altKey = altFinding ? altNotes[altFinding.problem] : undefined;
  const altNote = altFinding && altKey ? t(altKey, altFinding.params) : null;
  const altProblem = altFinding?.severity === 'error' ? altNote : null;

  const textField = (key: TextCreditKey, multiline = false) => (
    <FormField label={t(fieldLabels[key])} note={key === 'usageNotes' ? null : origin(key, edit.credit[key])}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={2}
            maxLength={photoLimits[key]}
            value={edit.credit[key]}
            onBlur={onBlur}
            onChange={(event) => setCredit({ [key]: event.target.value })}
          />
        ) : (
          <input
            {...control}
            type="text"
            maxLength={photoLimits[key]}
            value={edit.credit[key]}
            onBlur={onBlur}
            onChange={(event) => setCredit({ [key]: event.target.value })}
          />
        )
      }
    </FormField>
  );

  // The registry knows whether a person is staff; a saved source's type is only a proposal.
  function pickSuggestion(suggestion: CreditSuggestion) {
    setCredit({
      name: suggestion.name,
      personId: suggestion.personId,
      organisation: suggestion.organisation || edit.credit.organisation,
      type: suggestion.source === 'person' ? (suggestion.type ?? edit.credit.type) : (edit.credit.type ?? suggestion.type),
    });
  }

  return (
    <form className="credit-form" aria-label={t('credit.form')} onSubmit={(event) => event.preventDefault()}>
      <SaveStatus autosave={autosave.engine} />
      <FormField label={t('credit.alt')} note={altNote ?? t('credit.altHint')} noteClass={altProblem ? 'field-error' : 'hint'}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            required
            aria-invalid={altProblem !== null}
            maxLength={photoLimits.alt}
            value={edit.alt}
            onBlur={onBlur}
            onChange={(event) => change({ ...edit, alt: event.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('credit.caption')} note={origin('caption', edit.caption)}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={photoLimits.caption}
            value={edit.caption}
            onBlur={onBlur}
            onChange={(event) => change({ ...edit, caption: event.target.value })}
          />
        )}
      </FormField>
      <fieldset className="credit-fields">
        <legend>{t('credit.legend')}</legend>
        <FormField label={t('credit.type')}>
          {(control) => (
            <select
              {...control}
              value={edit.credit.type ?? ''}
              onBlur={onBlur}
              onChange={(event) => setCredit({ type: isOneOf(creditTypes, event.target.value) ? event.target.value : null })}
            >
              <option value="">{t('credit.type.none')}</option>
              {creditTypes.map((type) => (
                <option key={type} value={type}>
                  {t(builtKey('credit.type.', type))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <CreditNameField
          label={t('credit.name')}
          value={edit.credit.name}
          note={origin('name', edit.credit.name)}
          onChange={(name) => setCredit({ name, personId: null })}
          onPick={pickSuggestion}
          onBlur={onBlur}
        />
        {textField('organisation')}
        {textField('licence')}
        {textField('usageNotes', true)}
        <label className="check">
          <input
            type="checkbox"
            checked={edit.credit.oneTimeUse}
            onBlur={onBlur}
            onChange={(event) => setCredit({ oneTimeUse: event.target.checked })}
          />
          {t('credit.oneTimeUse')}
        </label>
        <DateField
          kind="date"
          label={t('credit.expiresOn')}
          value={edit.credit.expiresOn ?? ''}
          onBlur={onBlur}
          // A date being typed keeps the saved one until it can be read.
          onChange={(expiresOn) => {
            if (expiresOn !== null) setCredit({ expiresOn: expiresOn === '' ? null : expiresOn });
          }}
        />
      </fieldset>
      <p className="credit-line-preview">
        <span>{t('credit.line')}</span>{' '}
        <output aria-label={t('credit.line')} className={creditMissing ? 'field-error' : ''}>
          {creditMissing ? t('credit.lineMissing') : line}
        </output>
      </p>
    </form>
  );
}
