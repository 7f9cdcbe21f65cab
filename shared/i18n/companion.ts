/**
 * What Spalt writes on a site in a companion draft (notes or a photo of a submission on a site
 * without Notes), for a site admin who comes across one: what it is, and not to publish it.
 */
import type { Message } from './plural';

export const companionSv = {
  'companion.notesTitle': 'Spalt: anteckningar till ”{title}” (publicera inte)',
  'companion.photoTitle': 'Spalt: bild till ”{title}” (publicera inte)',
  'companion.explanation':
    'Det här utkastet hör till inlägg {id}, ”{title}”. Spalt för här över anteckningar och bilder mellan skribent och redaktör under granskningen. Publicera det inte och ändra det inte; det syns inte för läsare så länge det är ett utkast, och Spalt tar bort bilderna när de har laddats upp.',
} as const;

export const companionEn: Record<keyof typeof companionSv, Message> = {
  'companion.notesTitle': 'Spalt: notes on “{title}” (do not publish)',
  'companion.photoTitle': 'Spalt: photo for “{title}” (do not publish)',
  'companion.explanation':
    'This draft belongs to post {id}, “{title}”. Spalt carries notes and photos between writer and editor here during the review. Do not publish or change it; readers cannot see it while it is a draft, and Spalt removes the photos once they are uploaded.',
};
