import type { Lix, LixBand } from '../../shared/proofing/lix';
import type { MessageKey } from '../../shared/i18n';
import { useT } from '../i18n';

const bandKeys = {
  veryEasy: 'proofing.band.veryEasy',
  easy: 'proofing.band.easy',
  medium: 'proofing.band.medium',
  hard: 'proofing.band.hard',
  veryHard: 'proofing.band.veryHard',
} as const satisfies Record<LixBand, MessageKey>;

/** "LIX 43, medelsvår" beside the word count, with what LIX is as its tooltip. */
export function LixReading({ lix }: { lix: Lix }) {
  const { t } = useT();
  return (
    <span className="lix" title={t('proofing.lixHint')}>
      {t('proofing.lix', { value: lix.value, band: t(bandKeys[lix.band]) })}
    </span>
  );
}
