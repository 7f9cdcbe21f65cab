import type { HouseStyle } from '../../shared/proofing/house-style';
import type { MessageKey } from '../../shared/i18n';
import { useT } from '../i18n';

interface HouseStyleFieldsProps {
  style: HouseStyle;
  onChange: (style: HouseStyle) => void;
}

const clockChoices = { dot: 'style.clock.dot', colon: 'style.clock.colon', off: 'style.clock.off' } as const;
const percentChoices = { word: 'style.percent.word', sign: 'style.percent.sign', off: 'style.percent.off' } as const;

interface ChoiceProps<V extends string> {
  label: string;
  value: V;
  choices: Record<V, MessageKey>;
  onChange: (value: V) => void;
}

/** One rule's choice among its ways of writing, each named by its message. */
function Choice<V extends string>({ label, value, choices, onChange }: ChoiceProps<V>) {
  const { t } = useT();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as V)}>
        {(Object.entries(choices) as Array<[V, MessageKey]>).map(([choice, key]) => (
          <option key={choice} value={choice}>
            {t(key)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The newsroom's house style, part of the newsroom's rules and saved with them. */
export function HouseStyleFields({ style, onChange }: HouseStyleFieldsProps) {
  const { t } = useT();
  const set = <K extends keyof HouseStyle>(key: K, value: HouseStyle[K]) => onChange({ ...style, [key]: value });
  return (
    <fieldset className="house-style">
      <legend>{t('style.heading')}</legend>
      <p className="hint">{t('style.intro')}</p>
      <Choice label={t('style.clock')} value={style.clock} choices={clockChoices} onChange={(clock) => set('clock', clock)} />
      <Choice label={t('style.percent')} value={style.percent} choices={percentChoices} onChange={(percent) => set('percent', percent)} />
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
