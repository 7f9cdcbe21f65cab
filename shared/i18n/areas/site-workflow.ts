/**
 * The editors' workflow on a site: what Spalt writes in a companion draft (notes or a photo of
 * a submission on a site without Notes) for a site admin who comes across one, and a post's
 * status on the site as the messages name it.
 */
import { defineArea } from '../message';

export const siteWorkflow = defineArea({
  'companion.notesTitle': {
    sv: 'Spalt: anteckningar till ”{title}” (publicera inte)',
    en: 'Spalt: notes on “{title}” (do not publish)',
  },
  'companion.photoTitle': {
    sv: 'Spalt: bild till ”{title}” (publicera inte)',
    en: 'Spalt: photo for “{title}” (do not publish)',
  },
  'companion.explanation': {
    sv: 'Det här utkastet hör till inlägg {id}, ”{title}”. Spalt för här över anteckningar och bilder mellan skribent och redaktör under granskningen. Publicera det inte och ändra det inte; det syns inte för läsare så länge det är ett utkast, och Spalt tar bort bilderna när de har laddats upp.',
    en: 'This draft belongs to post {id}, “{title}”. Spalt carries notes and photos between writer and editor here during the review. Do not publish or change it; readers cannot see it while it is a draft, and Spalt removes the photos once they are uploaded.',
  },
  'wordpress.postStatus.draft': {
    sv: 'ett utkast',
    en: 'a draft',
  },
  'wordpress.postStatus.pending': {
    sv: 'under granskning',
    en: 'in review',
  },
  'wordpress.postStatus.future': {
    sv: 'schemalagt',
    en: 'scheduled',
  },
  'wordpress.postStatus.publish': {
    sv: 'publicerat',
    en: 'published',
  },
  'wordpress.postStatus.private': {
    sv: 'privat',
    en: 'private',
  },
  'wordpress.postStatus.trash': {
    sv: 'i papperskorgen',
    en: 'in the trash',
  },
});
