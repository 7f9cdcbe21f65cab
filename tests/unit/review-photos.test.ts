/**
 * A submission's photos tied into the editor's article: the main photo Spalt writes above the
 * lead is read as the article's main photo when it arrived with the submission (and left first
 * in the body as an image otherwise, with the header still read), and each body block naming a
 * received photo refers to the editor's library photo, with its texts; one that did not arrive
 * keeps no id of another library.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import type { Photo } from '../../shared/article/photo';
import { newDraft } from '../../shared/article/kind-defaults';
import { defaultNewsroom } from '../../shared/article/newsroom';
import { postContent, type SitePhoto } from '../../main/publish/outbox/content';
import { draftFromPost, headerBlockCount } from '../../main/publish/review/post-draft';
import { mainPhotoOf, tieBody, type ReceivedPhotos } from '../../main/publish/review/photos';
import { body, p, photo as photoBlock } from '../fixtures/seeds/build';

const writerMain = '0b7d4c1e-1111-4a55-9c1f-7d2b6b110001';
const writerBody = '0b7d4c1e-1111-4a55-9c1f-7d2b6b110002';
const editorMain = 'f3e2d1c0-2222-4b66-8d2e-8e3c7c220001';
const editorBody = 'f3e2d1c0-2222-4b66-8d2e-8e3c7c220002';

const libraryPhoto = (id: string, alt: string, caption: string, creditLine: string) => ({ id, alt, caption, creditLine }) as Photo;

const draft: ArticleDraft = {
  ...newDraft('news', defaultNewsroom),
  headline: 'Ny bro över kanalen',
  lead: 'Bygget börjar i vår.',
  bylines: [{ role: 'text', name: 'Anna Lind', personId: null }],
  mainPhotoId: writerMain,
  body: body(p('Första stycket.'), photoBlock({ photoId: writerBody, alt: 'Stina vid bron', credit: 'Foto: Privat' })),
};

/** As the Contributor's outbox writes it, the photos without an address, the theme not showing the featured image. */
function pendingContent(): string {
  const waiting = new Map<string, SitePhoto>([
    [writerMain, { photo: libraryPhoto(writerMain, 'Bron från kajen', 'Bron.', 'Foto: Erik Ärlig'), sourceUrl: '' }],
    [writerBody, { photo: libraryPhoto(writerBody, 'Stina vid bron', '', 'Foto: Privat'), sourceUrl: '' }],
  ]);
  return postContent(draft, waiting, { themeShowsExcerpt: false, themeShowsFeaturedImage: false });
}

const received: ReceivedPhotos = {
  photos: new Map([
    [writerMain, libraryPhoto(editorMain, 'Bron från kajen', 'Bron.', 'Foto: Erik Ärlig')],
    [writerBody, libraryPhoto(editorBody, 'Stina vid bron', 'Stina Hermansson.', 'Foto: Privat')],
  ]),
  mainWriterId: writerMain,
};

describe('photos received with a submission', () => {
  it('reads the main photo above the lead as the article’s main photo, and the header around it', () => {
    const content = pendingContent();
    expect(headerBlockCount(content)).toBe(3);
    const read = draftFromPost({ title: draft.headline, excerpt: '', content }, { mainPhoto: mainPhotoOf(received) });
    expect(read).toMatchObject({ mainPhotoId: editorMain, lead: 'Bygget börjar i vår.', bylines: draft.bylines });
    expect(read.body.root.children).toHaveLength(2);
  });

  it('keeps a main photo that did not arrive first in the body, and still reads the lead', () => {
    const read = draftFromPost({ title: draft.headline, excerpt: '', content: pendingContent() });
    expect(read).toMatchObject({ mainPhotoId: null, lead: 'Bygget börjar i vår.' });
    expect(read.body.root.children.map((node) => node.type)).toEqual(['photo', 'paragraph', 'photo']);
  });

  it('takes a photo the body begins with, in a post with no header, for no main photo', () => {
    const bare = {
      ...draft,
      lead: '',
      bylines: [],
      mainPhotoId: null,
      body: body(...draft.body.root.children.slice(1), p('Sista stycket.')),
    };
    const content = postContent(bare, new Map(), { themeShowsExcerpt: true, themeShowsFeaturedImage: false });
    expect(headerBlockCount(content)).toBe(0);
    const read = draftFromPost({ title: draft.headline, excerpt: '', content }, { mainPhoto: mainPhotoOf(received) });
    expect(read.mainPhotoId).toBeNull();
    expect(read.body.root.children.map((node) => node.type)).toEqual(['photo', 'paragraph']);
  });

  it('ties each body block to the editor’s library photo, and drops the id of one that did not arrive', () => {
    const tied = tieBody(draft.body, received, () => false);
    expect(tied.root.children[1]).toMatchObject({
      photoId: editorBody,
      src: `spalt-photo:${editorBody}`,
      caption: 'Stina Hermansson.',
      credit: 'Foto: Privat',
    });
    const missing = tieBody(draft.body, { photos: new Map(), mainWriterId: null }, () => false);
    expect(missing.root.children[1]).toMatchObject({ src: `spalt-photo:${writerBody}` });
    expect((missing.root.children[1] as unknown as { photoId?: string }).photoId ?? null).toBeNull();
  });
});
