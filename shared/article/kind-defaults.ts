import type { ArticleDraft, ArticleKind } from './article';
import type { NewsroomSettings } from './newsroom';
import { emptyBody } from '../document/empty-body';

type KindFields = Pick<ArticleDraft, 'kicker' | 'label' | 'disclaimer'>;

function defaultsFor(kind: ArticleKind, newsroom: NewsroomSettings): KindFields {
  const rules = newsroom.kinds[kind];
  return { kicker: rules.defaultKicker, label: rules.label, disclaimer: rules.disclaimer };
}

/** A new article of a kind, carrying that kind's kicker, label and disclaimer. */
export function newDraft(kind: ArticleKind, newsroom: NewsroomSettings): ArticleDraft {
  return { kind, headline: '', lead: '', bylines: [], sponsor: '', mainPhotoId: null, body: emptyBody(), ...defaultsFor(kind, newsroom) };
}

/**
 * Switches an article's kind. A kicker, label or disclaimer that is empty or still the old
 * kind's default takes the new kind's; anything the journalist wrote stays.
 */
export function changeKind<T extends ArticleDraft | Omit<ArticleDraft, 'body'>>(
  draft: T,
  kind: ArticleKind,
  newsroom: NewsroomSettings,
): T {
  const before = defaultsFor(draft.kind, newsroom);
  const after = defaultsFor(kind, newsroom);
  const pick = (key: keyof KindFields) => (draft[key].trim() === '' || draft[key] === before[key] ? after[key] : draft[key]);
  return { ...draft, kind, kicker: pick('kicker'), label: pick('label'), disclaimer: pick('disclaimer') };
}
