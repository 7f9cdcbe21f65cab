/**
 * A new photo's credit and caption, prefilled from what its file says, with the origin of each
 * value kept so the user sees "from IPTC By-line" and can judge it. Prefilled values are a
 * proposal: the user confirms or corrects them in the library.
 */
import { emptyCredit, type CreditType, type EmbeddedMetadata, type PhotoEdit, type PrefilledFrom } from '../../shared/article/photo';
import { photoLimits, type EmbeddedField } from '../../shared/article/photo-fields';
import { isCameraBoilerplate, plainText } from './text';

/** What the registry and the saved sources know about a name, for the credit's type. */
export interface CreditLookup {
  person: (name: string) => { id: string; staff: boolean } | null;
  savedType: (name: string, organisation: string) => CreditType | null;
}

type Fields = EmbeddedMetadata['fields'];

function first(fields: Fields, order: EmbeddedField[], usable: (text: string) => boolean = () => true) {
  for (const field of order) {
    const value = fields[field];
    if (value !== undefined && value.trim() !== '' && usable(value)) return { value, field };
  }
  return null;
}

const agencies = /^(TT|TT Nyhetsbyrån|NTB|Ritzau|Reuters|AP|AFP|EPA|Scanpix|Getty Images|Bildbyrån|IBL|Kontinent)$/i;
const stockSites = /^(Pexels|Unsplash|Pixabay|Shutterstock|iStock|iStockphoto|Adobe Stock|Mostphotos|Colourbox)$/i;
const handout = /^(privat|pressbild|handout)$/i;

/** The credit's type when it is plain from the names: otherwise null, for the user to choose. */
function guessType(name: string, organisation: string, lookup: CreditLookup): { type: CreditType | null; personId: string | null } {
  const person = name ? lookup.person(name) : null;
  if (person) return { type: person.staff ? 'staff' : 'freelance', personId: person.id };
  const saved = lookup.savedType(name, organisation);
  if (saved) return { type: saved, personId: null };
  if (handout.test(name) || handout.test(organisation)) return { type: 'handout', personId: null };
  if (agencies.test(organisation)) return { type: 'agency', personId: null };
  if (stockSites.test(organisation)) return { type: 'stock', personId: null };
  return { type: null, personId: null };
}

export interface Prefill {
  edit: PhotoEdit;
  prefilledFrom: PrefilledFrom;
}

export function prefill(embedded: EmbeddedMetadata, takenAt: string | null, lookup: CreditLookup): Prefill {
  const { fields } = embedded;
  const prefilledFrom: PrefilledFrom = {};
  const pick = (key: keyof PrefilledFrom, order: EmbeddedField[], max: number, usable?: (text: string) => boolean) => {
    const found = first(fields, order, usable);
    if (!found) return '';
    prefilledFrom[key] = found.field;
    return plainText(found.value, max);
  };
  const name = pick('name', ['iptcByline', 'xmpCreator', 'exifArtist'], photoLimits.name);
  const organisation = pick('organisation', ['iptcCredit', 'xmpCredit', 'iptcSource'], photoLimits.organisation);
  const caption = pick(
    'caption',
    ['iptcCaption', 'xmpDescription', 'exifDescription'],
    photoLimits.caption,
    (text) => !isCameraBoilerplate(text),
  );
  const licence = pick('licence', ['iptcCopyright', 'xmpRights', 'exifCopyright'], photoLimits.licence);
  if (takenAt !== null) prefilledFrom.takenAt = 'exifDateTimeOriginal';
  const { type, personId } = guessType(name, organisation, lookup);
  return {
    edit: { caption, alt: '', credit: { ...emptyCredit, type, personId, name, organisation, licence } },
    prefilledFrom,
  };
}
