import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { CreditType, emptyCredit, type Photo, type PhotoEdit } from '../../shared/article/photo';
import { translate } from '../../shared/i18n';
import { createArticle, saveArticle, trashArticle } from '../../main/db/articles';
import { csvCell } from '../../main/media/report';
import { formattedBody } from '../support/bodies';
import type { PhotoLibrary } from '../support/photo-library';
import { usePhotoFixtures, usePhotoLibraries } from '../support/photo-test-setup';

const { files } = usePhotoFixtures('spalt-photo-report-');
const library = usePhotoLibraries();

/** RFC 4180 with ';' between cells, as Excel reads it: quotes double inside quoted cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('a CSV cell', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Foto: Alexander Isa')).toBe('Foto: Alexander Isa');
    expect(csvCell('Hall; Södertälje')).toBe('"Hall; Södertälje"');
    expect(csvCell('Han sa "nej"')).toBe('"Han sa ""nej"""');
    expect(csvCell('rad ett\nrad två')).toBe('"rad ett\nrad två"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
    expect(csvCell('')).toBe('');
  });
});

describe('the credits report', () => {
  let n = 0;
  function article(lib: PhotoLibrary, headline: string, photoId: string, at: string): string {
    const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const draft: ArticleDraft = {
      kind: 'news',
      kicker: '',
      headline,
      lead: '',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: photoId,
      body: formattedBody(),
    };
    createArticle(lib.db, { id, draft, now: at });
    saveArticle(lib.db, { id, baseRevision: 0, draft, bodyText: '', now: at, sessionId: null });
    return id;
  }

  async function photoAt(lib: PhotoLibrary, path: string, at: string, change: (photo: Photo) => PhotoEdit): Promise<Photo> {
    lib.setNow(at);
    const { photo } = await lib.handlers['photos.import']({ fileName: path.split('/').at(-1)!, data: new Uint8Array(readFileSync(path)) });
    return lib.handlers['photos.update']({ id: photo.id, edit: change(photo) });
  }

  it('lists each use in articles changed within the Stockholm dates, then the unused photos imported then', async () => {
    const lib = library();
    const staff = await photoAt(lib, files.iptc, '2026-10-20T08:00:00.000Z', (p) => ({
      caption: 'Polisbilar; utanför "Hall"',
      alt: '=1+1 polisbilar',
      credit: { ...p.credit, type: 'staff', oneTimeUse: true, expiresOn: '2026-12-31', usageNotes: 'Rad ett\nrad två' },
    }));
    const agency = await photoAt(lib, files.xmp, '2026-10-21T08:00:00.000Z', (p) => ({
      caption: p.caption,
      alt: 'Resenärer',
      credit: p.credit,
    }));
    const unusedInRange = await photoAt(lib, files.exif, '2026-11-15T08:00:00.000Z', (p) => ({
      caption: p.caption,
      alt: 'Båtar',
      credit: { ...emptyCredit, type: 'handout' },
    }));
    await photoAt(lib, files.png, '2026-12-01T08:00:00.000Z', (p) => ({ caption: '', alt: 'Grafik', credit: p.credit }));

    // 23:30 UTC on 31 October is 00:30 on 1 November in Stockholm: inside the range.
    const early = article(lib, 'Rymning från Hall', staff.id, '2026-10-31T23:30:00.000Z');
    article(lib, 'Tågkaos i Södertälje', agency.id, '2026-11-30T22:59:00.000Z');
    // 23:30 UTC on 30 November is 1 December in Stockholm: outside.
    article(lib, 'För sent', agency.id, '2026-11-30T23:30:00.000Z');
    article(lib, 'För tidigt', staff.id, '2026-10-31T22:59:00.000Z');
    const trashed = article(lib, 'I papperskorgen', staff.id, '2026-11-10T10:00:00.000Z');
    trashArticle(lib.db, trashed, '2026-11-11T10:00:00.000Z');
    lib.db.prepare("UPDATE articles SET status = 'published' WHERE id = ?").run(early);

    const report = await lib.handlers['photos.report']({ from: '2026-11-01', to: '2026-11-30' });
    expect(report.fileName).toBe('bildkrediter-2026-11-01-2026-11-30.csv');
    expect(report.rows).toBe(3);
    expect(report.csv.startsWith('\ufeffBild-id;Filnamn;Importerad;Bildbyline;')).toBe(true);
    expect(report.csv.endsWith('\r\n')).toBe(true);
    expect(report.csv.replace(/\r\n/g, '').includes('\r')).toBe(false);

    const [header, ...rows] = parseCsv(report.csv.slice(1));
    expect(header).toEqual([
      'Bild-id',
      'Filnamn',
      'Importerad',
      'Bildbyline',
      'Krediteringstyp',
      'Fotograf',
      'Organisation',
      'Licens',
      'Villkor',
      'Licensen gäller till',
      'Engångslicens',
      'Alt-text',
      'Bildtext',
      'Artikel',
      'Artikelstatus',
      'Artikel ändrad',
    ]);
    expect(rows).toEqual([
      [
        staff.id,
        'iptc-credit.jpg',
        '2026-10-20 10:00',
        'Foto: Alexander Isa',
        'Egen personal',
        'Alexander Isa',
        'Länstidningen',
        '© Länstidningen, får användas en gång',
        'Rad ett\nrad två',
        '2026-12-31',
        'ja',
        "'=1+1 polisbilar",
        'Polisbilar; utanför "Hall"',
        'Rymning från Hall',
        'Publicerad',
        '2026-11-01 00:30',
      ],
      [
        agency.id,
        'xmp-credit.jpg',
        '2026-10-21 10:00',
        'Foto: Åsa Öberg/TT Nyhetsbyrån',
        'Bildbyrå',
        'Åsa Öberg',
        'TT Nyhetsbyrån',
        'Licens: TT, redaktionellt bruk',
        '',
        '',
        'nej',
        'Resenärer',
        'Väntande resenärer på Södertälje syd',
        'Tågkaos i Södertälje',
        'Utkast',
        '2026-11-30 23:59',
      ],
      [
        unusedInRange.id,
        'exif-credit.jpg',
        '2026-11-15 09:00',
        'Foto: Privat',
        'Privat',
        '',
        '',
        '',
        '',
        '',
        'nej',
        'Båtar',
        'Båtar vid Mälarhamnen',
        '',
        '',
        '',
      ],
    ]);
  });

  it('names each credit type as the interface does, and as the credit line prints it', async () => {
    const lib = library();
    const photo = await photoAt(lib, files.iptc, '2026-11-02T08:00:00.000Z', (p) => ({
      caption: p.caption,
      alt: 'Polisbilar',
      credit: p.credit,
    }));
    article(lib, 'Rymning från Hall', photo.id, '2026-11-03T08:00:00.000Z');
    const seen: Array<[string, string, string]> = [];
    for (const type of CreditType.options) {
      await lib.handlers['photos.update']({
        id: photo.id,
        edit: { caption: photo.caption, alt: 'Polisbilar', credit: { ...photo.credit, type } },
      });
      const [header, row] = parseCsv((await lib.handlers['photos.report']({ from: '2026-11-01', to: '2026-11-30' })).csv.slice(1));
      const cell = (name: string) => row?.[header?.indexOf(name) ?? -1] ?? '';
      seen.push([translate('sv', `credit.type.${type}`), cell('Krediteringstyp'), cell('Bildbyline')]);
    }
    expect(seen).toEqual([
      ['Egen personal', 'Egen personal', 'Foto: Alexander Isa'],
      ['Frilans', 'Frilans', 'Foto: Alexander Isa'],
      ['Privat', 'Privat', 'Foto: Privat'],
      ['Bildbank', 'Bildbank', 'Foto: Alexander Isa/Länstidningen'],
      ['Bildbyrå', 'Bildbyrå', 'Foto: Alexander Isa/Länstidningen'],
      ['Arkivbild', 'Arkivbild', 'Arkivbild. Foto: Alexander Isa/Länstidningen'],
      ['Illustration', 'Illustration', 'Illustration: Alexander Isa'],
    ]);
  });

  it('is a header only when nothing happened in the range', async () => {
    const lib = library();
    const report = await lib.handlers['photos.report']({ from: '2026-01-01', to: '2026-01-31' });
    expect(report.rows).toBe(0);
    expect(report.csv.split('\r\n')).toHaveLength(2);
  });
});
