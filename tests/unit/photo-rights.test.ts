import { describe, expect, it } from 'vitest';
import {
  photoFindings,
  photoProblems,
  photoRefusal,
  type PhotoFacts,
  type PhotoLicence,
  type PhotoOccasion,
} from '../../shared/article/photo-rights';

const licence = (partial: Partial<PhotoLicence> = {}): PhotoLicence => ({
  oneTimeUse: false,
  expiresOn: null,
  publishedIn: [],
  usedIn: [],
  ...partial,
});
const photo = (partial: Partial<PhotoFacts> = {}): PhotoFacts => ({
  alt: 'Polisbilar utanför anstalten Hall',
  creditLine: 'Foto: Alexander Isa',
  fileName: 'IMG_9098.jpg',
  licence: licence(),
  ...partial,
});
const inArticle = (articleId: string, today = '2026-11-30'): PhotoOccasion => ({ today, articleId });
const inLibrary: PhotoOccasion = { today: '2026-11-30', articleId: null };

describe('may this photo be published', () => {
  it('yes, with a credit, a real alt text and a licence in force', () => {
    expect(photoFindings(photo(), inArticle('a'))).toEqual([]);
    expect(photoRefusal(photo(), inArticle('a'))).toBeNull();
  });

  it('not after the licence’s last day, and still on it (Stockholm dates)', () => {
    const expiring = photo({ licence: licence({ expiresOn: '2026-11-30' }) });
    expect(photoRefusal(expiring, inArticle('a', '2026-11-30'))).toBeNull();
    expect(photoRefusal(expiring, inArticle('a', '2026-12-01'))).toEqual({
      problem: 'licence_expired',
      severity: 'error',
      params: { photo: 'Polisbilar utanför anstalten Hall', date: '2026-11-30' },
    });
  });

  it('not with a second article once a one-time licence is spent; the first article may publish again', () => {
    const spent = photo({ licence: licence({ oneTimeUse: true, publishedIn: ['first'], usedIn: ['first', 'second'] }) });
    expect(photoRefusal(spent, inArticle('second'))).toMatchObject({
      problem: 'one_time_used',
      params: { photo: 'Polisbilar utanför anstalten Hall' },
    });
    expect(photoRefusal(spent, inArticle('first'))).toBeNull();
    // The licence stays spent when the first article no longer uses the photo.
    const removed = photo({ licence: licence({ oneTimeUse: true, publishedIn: ['first'], usedIn: [] }) });
    expect(photoRefusal(removed, inArticle('third'))).toMatchObject({ problem: 'one_time_used' });
    // A licence for any number of uses counts none.
    expect(photoRefusal(photo({ licence: licence({ publishedIn: ['first'] }) }), inArticle('second'))).toBeNull();
  });

  it('warns, without stopping, when several unpublished articles share a one-time photo', () => {
    const shared = photo({ licence: licence({ oneTimeUse: true, usedIn: ['first', 'second'] }) });
    expect(photoFindings(shared, inArticle('second'))).toEqual([
      { problem: 'one_time_shared', severity: 'warning', params: { photo: 'Polisbilar utanför anstalten Hall', count: 2 } },
    ]);
    expect(photoRefusal(shared, inArticle('second'))).toBeNull();
    expect(photoFindings(photo({ licence: licence({ oneTimeUse: true, usedIn: ['first'] }) }), inArticle('first'))).toEqual([]);
    // The article that has published it has nothing to weigh; the others are stopped.
    const spent = photo({ licence: licence({ oneTimeUse: true, publishedIn: ['first'], usedIn: ['first', 'second'] }) });
    expect(photoFindings(spent, inArticle('first'))).toEqual([]);
  });

  it('names the photo by its alt text, or its file name when it has none', () => {
    const nameless = photo({ alt: '  ', licence: licence({ expiresOn: '2020-01-31' }) });
    expect(photoFindings(nameless, inArticle('a')).map((finding) => [finding.problem, finding.params.photo])).toEqual([
      ['missing_alt', undefined],
      ['licence_expired', 'IMG_9098.jpg'],
    ]);
  });

  it('judges texts the same way everywhere: trimmed credit line, trimmed alt text, file names', () => {
    expect(photoRefusal(photo({ creditLine: '  ' }), inArticle('a'))).toMatchObject({ problem: 'missing_credit' });
    expect(photoRefusal(photo({ alt: ' IMG_9098 ' }), inArticle('a'))).toMatchObject({
      problem: 'alt_is_file_name',
      params: { alt: 'IMG_9098' },
    });
    expect(photoFindings(photo({ alt: 'helikopter' }), inArticle('a'))).toEqual([
      { problem: 'alt_short', severity: 'warning', params: { alt: 'helikopter' } },
    ]);
    expect(photoRefusal(photo({ alt: 'helikopter' }), inArticle('a'))).toBeNull();
    // A photo given by address has no licence to judge.
    expect(photoFindings(photo({ licence: null }), inArticle('a'))).toEqual([]);
  });

  it('in the library, every publication counts and the advice on short alt texts is left out', () => {
    const spent = photo({
      alt: 'helikopter',
      licence: licence({ oneTimeUse: true, publishedIn: ['first'], usedIn: ['first'], expiresOn: '2026-01-01' }),
    });
    expect(photoProblems(spent, inLibrary)).toEqual(['licence_expired', 'one_time_used']);
    expect(photoProblems(photo({ licence: licence({ oneTimeUse: true, usedIn: ['a', 'b'] }) }), inLibrary)).toEqual(['one_time_shared']);
    expect(photoProblems(photo({ licence: licence({ oneTimeUse: true, usedIn: ['a'] }) }), inLibrary)).toEqual([]);
  });
});
