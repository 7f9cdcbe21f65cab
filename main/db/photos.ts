import type { Database } from 'better-sqlite3';
import type {
  CreditType,
  EmbeddedMetadata,
  Photo,
  PhotoEdit,
  PhotoProblem,
  PhotoRendition,
  PhotoSummary,
  PrefilledFrom,
} from '../../shared/article/photo';
import type { PhotoRenditionName } from '../../shared/article/photo-media';
import { photoProblems, photoTextFindings, type PhotoLicence } from '../../shared/article/photo-rights';
import { creditLine } from '../../shared/format/credit';
import { SpaltError } from '../../shared/errors';
import { flagForRepublish, photoUses } from './article-photos';
import { licenceUseColumns, publishedIn } from './photo-publications';
import { ftsQuery } from './search-query';

/** A photo as the import writes it. */
export interface PhotoRecord {
  id: string;
  hash: string;
  fileName: string;
  mimeType: Photo['mimeType'];
  bytes: number;
  width: number;
  height: number;
  takenAt: string | null;
  importedAt: string;
  edit: PhotoEdit;
  embedded: EmbeddedMetadata;
  prefilledFrom: PrefilledFrom;
  renditions: Record<PhotoRenditionName, PhotoRendition>;
}

interface PhotoRow {
  seq: number;
  id: string;
  hash: string;
  file_name: string;
  mime_type: Photo['mimeType'];
  bytes: number;
  width: number;
  height: number;
  taken_at: string | null;
  imported_at: string;
  updated_at: string;
  caption: string;
  alt: string;
  credit_type: CreditType | null;
  credit_name: string;
  credit_person_id: string | null;
  credit_organisation: string;
  credit_licence: string;
  credit_usage_notes: string;
  credit_one_time_use: number;
  credit_expires_on: string | null;
  credit_line: string;
  embedded: string;
  prefilled_from: string;
  renditions: string;
}

/** Uses in articles that are not in the trash: what a one-time licence counts. */
const liveUseCount = `(SELECT count(DISTINCT ap.article_id) FROM article_photos ap JOIN articles a ON a.id = ap.article_id
  WHERE ap.photo_id = p.id AND a.trashed_at IS NULL)`;

/** Missing a credit line, an alt text, or with a file name for alt text: the "missing" filter. */
export function isIncomplete(edit: PhotoEdit): boolean {
  return photoTextFindings({ alt: edit.alt, creditLine: creditLine(edit.credit) }).some((finding) => finding.severity === 'error');
}

type ProblemInput = Pick<PhotoRow, 'alt' | 'credit_line' | 'file_name' | 'credit_one_time_use' | 'credit_expires_on'>;

/** The library's problems of a photo, by the one rule; `today` is the newsroom's date. */
function problemsOf(row: ProblemInput, uses: Pick<PhotoLicence, 'publishedIn' | 'usedIn'>, today: string): PhotoProblem[] {
  const licence = { oneTimeUse: row.credit_one_time_use === 1, expiresOn: row.credit_expires_on, ...uses };
  return photoProblems({ alt: row.alt, creditLine: row.credit_line, fileName: row.file_name, licence }, { today, articleId: null });
}

function editColumns(edit: PhotoEdit) {
  const { credit } = edit;
  return {
    caption: edit.caption,
    alt: edit.alt,
    credit_type: credit.type,
    credit_name: credit.name,
    credit_person_id: credit.personId,
    credit_organisation: credit.organisation,
    credit_licence: credit.licence,
    credit_usage_notes: credit.usageNotes,
    credit_one_time_use: credit.oneTimeUse ? 1 : 0,
    credit_expires_on: credit.expiresOn,
    credit_line: creditLine(credit),
    incomplete: isIncomplete(edit) ? 1 : 0,
  };
}

/** A photo's search entry, made from its saved row. */
const writeSearchEntry = `INSERT INTO photo_search (rowid, caption, alt, credit_name, organisation, file_name, credit_line)
  SELECT seq, caption, alt, credit_name, credit_organisation, file_name, credit_line FROM photos`;

function indexForSearch(db: Database, seq: number): void {
  db.prepare('DELETE FROM photo_search WHERE rowid = @seq').run({ seq });
  db.prepare(`${writeSearchEntry} WHERE seq = @seq`).run({ seq });
}

/** Every photo's search entry made again from the rows (a recovered file). */
export function rebuildPhotoSearch(db: Database): void {
  db.exec(`DELETE FROM photo_search; ${writeSearchEntry}`);
}

/** Inserts one photo and its search entry; the caller holds the transaction when it wants one. */
export function insertPhoto(db: Database, record: PhotoRecord): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO photos (id, hash, file_name, mime_type, bytes, width, height, taken_at, imported_at, updated_at,
         caption, alt, credit_type, credit_name, credit_person_id, credit_organisation, credit_licence, credit_usage_notes,
         credit_one_time_use, credit_expires_on, credit_line, incomplete, embedded, prefilled_from, renditions)
       VALUES (@id, @hash, @file_name, @mime_type, @bytes, @width, @height, @taken_at, @imported_at, @imported_at,
         @caption, @alt, @credit_type, @credit_name, @credit_person_id, @credit_organisation, @credit_licence,
         @credit_usage_notes, @credit_one_time_use, @credit_expires_on, @credit_line, @incomplete, @embedded,
         @prefilled_from, @renditions)`,
    )
    .run({
      id: record.id,
      hash: record.hash,
      file_name: record.fileName,
      mime_type: record.mimeType,
      bytes: record.bytes,
      width: record.width,
      height: record.height,
      taken_at: record.takenAt,
      imported_at: record.importedAt,
      ...editColumns(record.edit),
      embedded: JSON.stringify(record.embedded),
      prefilled_from: JSON.stringify(record.prefilledFrom),
      renditions: JSON.stringify(record.renditions),
    });
  indexForSearch(db, Number(lastInsertRowid));
}

export function photoIdForHash(db: Database, hash: string): string | null {
  const row = db.prepare('SELECT id FROM photos WHERE hash = @hash').get({ hash }) as { id: string } | undefined;
  return row?.id ?? null;
}

export function photoExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM photos WHERE id = @id').get({ id }) !== undefined;
}

function requireRow(db: Database, id: string): PhotoRow {
  const row = db.prepare('SELECT * FROM photos WHERE id = @id').get({ id }) as PhotoRow | undefined;
  if (!row) throw new SpaltError('photo_not_found', { id });
  return row;
}

export function getPhoto(db: Database, id: string, today: string): Photo {
  const row = requireRow(db, id);
  const uses = photoUses(db, id);
  const published = publishedIn(db, id);
  const usedIn = uses.filter((use) => !use.trashed).map((use) => use.articleId);
  return {
    id: row.id,
    hash: row.hash,
    fileName: row.file_name,
    mimeType: row.mime_type,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    takenAt: row.taken_at,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
    caption: row.caption,
    alt: row.alt,
    credit: {
      type: row.credit_type,
      name: row.credit_name,
      personId: row.credit_person_id,
      organisation: row.credit_organisation,
      licence: row.credit_licence,
      usageNotes: row.credit_usage_notes,
      oneTimeUse: row.credit_one_time_use === 1,
      expiresOn: row.credit_expires_on,
    },
    embedded: JSON.parse(row.embedded) as EmbeddedMetadata,
    prefilledFrom: JSON.parse(row.prefilled_from) as PrefilledFrom,
    renditions: JSON.parse(row.renditions) as Photo['renditions'],
    creditLine: row.credit_line,
    problems: problemsOf(row, { publishedIn: published, usedIn }, today),
    uses,
    publishedIn: published,
  };
}

export interface ListPhotos {
  query: string;
  creditType: CreditType | 'none' | null;
  missing: boolean;
  offset: number;
  limit: number;
}

type SummaryRow = ProblemInput &
  Pick<PhotoRow, 'id' | 'caption' | 'credit_type' | 'width' | 'height' | 'imported_at'> & {
    use_count: number;
    published_in: string;
    used_in: string;
  };

/** A page of the library grid under a WHERE clause (or none), @limit rows from @offset; exported for the query-plan tests. */
export const photoPageQuery = (filter: string) =>
  `SELECT p.id, p.file_name, p.caption, p.alt, p.credit_line, p.credit_type, p.width, p.height, p.imported_at,
     p.credit_one_time_use, p.credit_expires_on, ${liveUseCount} AS use_count, ${licenceUseColumns}
   FROM photos p ${filter}
   ORDER BY p.imported_at DESC, p.seq DESC LIMIT @limit OFFSET @offset`;

/** The library grid's page: newest first, narrowed by search words, credit type and problems. */
export function listPhotos(db: Database, input: ListPhotos, today: string): { total: number; items: PhotoSummary[] } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const match = ftsQuery(input.query);
  if (match !== null) {
    where.push('p.seq IN (SELECT rowid FROM photo_search WHERE photo_search MATCH @match)');
    params.match = match;
  }
  if (input.creditType === 'none') where.push('p.credit_type IS NULL');
  else if (input.creditType !== null) {
    where.push('p.credit_type = @creditType');
    params.creditType = input.creditType;
  }
  if (input.missing) where.push('p.incomplete = 1');
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = db.prepare(`SELECT count(*) AS total FROM photos p ${filter}`).get(params) as { total: number };
  const rows = db.prepare(photoPageQuery(filter)).all({ ...params, limit: input.limit, offset: input.offset }) as SummaryRow[];
  const items = rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    caption: row.caption,
    alt: row.alt,
    creditLine: row.credit_line,
    creditType: row.credit_type,
    width: row.width,
    height: row.height,
    importedAt: row.imported_at,
    problems: problemsOf(
      row,
      { publishedIn: JSON.parse(row.published_in) as string[], usedIn: JSON.parse(row.used_in) as string[] },
      today,
    ),
    useCount: row.use_count,
  }));
  return { total, items };
}

/**
 * Saves a user's edit. When what the site prints changed (credit line, caption or alt text),
 * every published article using the photo is flagged for republishing. Returns whether it was.
 */
export function updatePhoto(db: Database, id: string, edit: PhotoEdit, now: string): { printedChanged: boolean } {
  return db.transaction(() => {
    const row = requireRow(db, id);
    const columns = editColumns(edit);
    const printedChanged = row.credit_line !== columns.credit_line || row.caption !== edit.caption || row.alt !== edit.alt;
    db.prepare(
      `UPDATE photos SET caption = @caption, alt = @alt, credit_type = @credit_type, credit_name = @credit_name,
         credit_person_id = @credit_person_id, credit_organisation = @credit_organisation, credit_licence = @credit_licence,
         credit_usage_notes = @credit_usage_notes, credit_one_time_use = @credit_one_time_use,
         credit_expires_on = @credit_expires_on, credit_line = @credit_line, incomplete = @incomplete, updated_at = @now
       WHERE seq = @seq`,
    ).run({ ...columns, now, seq: row.seq });
    indexForSearch(db, row.seq);
    if (printedChanged) flagForRepublish(db, id);
    return { printedChanged };
  })();
}

/** Which photo file serves a rendition: the content hash and the rendition's type. */
export function renditionOf(db: Database, id: string, rendition: PhotoRenditionName): { hash: string; mimeType: string } | null {
  const row = db.prepare('SELECT hash, renditions FROM photos WHERE id = @id').get({ id }) as
    Pick<PhotoRow, 'hash' | 'renditions'> | undefined;
  if (!row) return null;
  const info = (JSON.parse(row.renditions) as Partial<Photo['renditions']>)[rendition];
  return info ? { hash: row.hash, mimeType: info.mimeType } : null;
}
