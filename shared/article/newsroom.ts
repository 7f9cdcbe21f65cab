import { z } from 'zod';
import type { ArticleKind } from './article';

/** The house style's rules, each switchable; the rules themselves are in proofing/house-style.ts. */
export const HouseStyle = z.object({
  /** "kl. 13.18" (dot), "13:18" (colon), or no rule. */
  clock: z.enum(['dot', 'colon', 'off']),
  /** 2–9 in words in running text ("fem punkter"), but for measures, money and per cent. */
  smallNumbers: z.boolean(),
  /** "25 procent" (word), "25 %" (sign), or no rule. */
  percent: z.enum(['word', 'sign', 'off']),
  doubleSpaces: z.boolean(),
  /** A sentence of more words than this is a warning; 0 for no limit. */
  sentenceMaxWords: z.number().int().min(0).max(200),
});
export type HouseStyle = z.infer<typeof HouseStyle>;

export const defaultHouseStyle: HouseStyle = {
  clock: 'dot',
  smallNumbers: true,
  percent: 'word',
  doubleSpaces: true,
  sentenceMaxWords: 30,
};

/** What a kind of article carries and requires; the texts are the newsroom's, not the code's. */
export const KindRules = z.object({
  /** Put in the kicker when a new article of this kind has none, e.g. "INSÄNDARE:". */
  defaultKicker: z.string().max(200),
  /** Shown above the headline, e.g. "Annons". */
  label: z.string().max(100),
  /** Shown in the byline's place, e.g. opinion's "Åsikterna är skribentens egna." */
  disclaimer: z.string().max(500),
  requiresLead: z.boolean(),
  /** Opinion pieces are signed by their writers instead of carrying a byline. */
  requiresSignature: z.boolean(),
  requiresSponsor: z.boolean(),
});
export type KindRules = z.infer<typeof KindRules>;

export const NewsroomSettings = z.object({
  headlineMaxLength: z.number().int().min(20).max(500),
  kinds: z.object({
    news: KindRules,
    brief: KindRules,
    opinion: KindRules,
    sponsored: KindRules,
    interview: KindRules,
  }) satisfies z.ZodType<Record<ArticleKind, KindRules>>,
  /** Settings saved before the house style existed read as the default style. */
  houseStyle: HouseStyle.default(defaultHouseStyle),
});
export type NewsroomSettings = z.infer<typeof NewsroomSettings>;

const plain: KindRules = {
  defaultKicker: '',
  label: '',
  disclaimer: '',
  requiresLead: true,
  requiresSignature: false,
  requiresSponsor: false,
};

/** The conventions of the newsroom's site, as the seed articles show them. */
export const defaultNewsroom: NewsroomSettings = {
  headlineMaxLength: 90,
  houseStyle: defaultHouseStyle,
  kinds: {
    news: plain,
    brief: { ...plain, requiresLead: false },
    opinion: {
      ...plain,
      defaultKicker: 'INSÄNDARE:',
      disclaimer: 'Detta är en debatt/insändare. Åsikterna är skribentens egna.',
      requiresSignature: true,
    },
    sponsored: { ...plain, label: 'Annons', requiresSponsor: true },
    interview: plain,
  },
};
