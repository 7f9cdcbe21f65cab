import type { HouseStyle } from '../../shared/proofing/house-style';
import { ChoiceField } from '../components/ChoiceField';
import { useT } from '../i18n';

interface HouseStyleFieldsProps {
  style: HouseStyle;
  onChange: (style: HouseStyle) => void;
}

/** The newsroom's house style, part of the newsroom's rules and saved with them. */
export function HouseStyleFields({ style, onChange }: HouseStyleFieldsProps) {
  const { t } = useT();
  const set = <K extends keyof HouseStyle>(key: K, value: HouseStyle[K]) => onChange({ ...style, [key]: value });
  return (
    <fieldset className="house-style">
      <legend>{t('style.heading')}</legend>
      <p className="hint">{t('style.intro')}</p>
      <ChoiceField
        className="field"
        label={t('style.clock')}
        value={style.clock}
        choices={[
          ['dot', t('style.clock.dot')],
          ['colon', t('style.clock.colon')],
          ['off', t('style.clock.off')],
        ]}
        onChange={(clock) => set('clock', clock)}
      />
      <ChoiceField
        className="field"
        label={t('style.percent')}
        value={style.percent}
        choices={[
          ['word', t('style.percent.word')],
          ['sign', t('style.percent.sign')],
          ['off', t('style.percent.off')],
        ]}
        onChange={(percent) => set('percent', percent)}
      />
      <label className="check">
        <input type="checkbox" checked={style.smallNumbers} onChange={(event) => set('smallNumbers', event.target.checked)} />
        <span>{t('style.smallNumbers')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={style.doubleSpaces} onChange={(event) => set('doubleSpaces', event.target.checked)} />
        <span>{t('style.doubleSpaces')}</span>
      </label>
      <label className="field">
        <span>{t('style.sentenceMaxWords')}</span>
        <input
          type="number"
          min={0}
          max={200}
          value={style.sentenceMaxWords}
          onChange={(event) => set('sentenceMaxWords', Number(event.target.value))}
        />
      </label>
    </fieldset>
  );
}
