/**
 * A Contributor's photos with a submission: WordPress refuses them media uploads (403), so each
 * photo's web rendition travels in a companion draft of its own (companion.ts), slug
 * spalt-photo-POST-HASH (markers.ts), one photo a draft so no request grows past common host
 * limits (PHP's post_max_size is 8 MB by default; maxCompanionRequestBytes keeps under it).
 * The bytes are the payload; what the editor needs to list them (credit, caption, alt text,
 * hashes) is base64 JSON in the excerpt, so a list never carries the bytes. The editor reads
 * each photo back byte for byte (its SHA-256 checked), uploads it as media, and deletes the
 * companion (an Editor may delete others' drafts).
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Credit } from '../../../shared/article/photo';
import type { WordPressClient } from './client';
import {
  companionContent,
  companionPayload,
  companionTitle,
  findCompanion,
  findCompanions,
  parseJson,
  requestBytes,
  writeCompanion,
  type CompanionFields,
} from './companion';
import { WordPressError } from './errors';
import { companionPrefix, photoCompanionMarker } from './markers';
import { Post } from './schemas';

/** Under PHP's default post_max_size (8 MB), with room for headers. */
export const maxCompanionRequestBytes = 7.5 * 1024 * 1024;

const PhotoMeta = z.object({
  format: z.literal('spalt-photo'),
  version: z.literal(1),
  postId: z.number().int(),
  /** The photo library's content hash (of the original file), which names its media on the site. */
  photoHash: z.string(),
  /** SHA-256 of the bytes carried, hex. */
  sha256: z.string(),
  byteLength: z.number().int(),
  fileName: z.string(),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  credit: Credit,
  creditLine: z.string(),
  caption: z.string(),
  alt: z.string(),
  /** The writer's library id, which the post's photo blocks name in their class (spalt-photo-ID). */
  photoId: z.string().optional(),
  /** The article's main photo. */
  main: z.boolean().optional(),
});
type PhotoMeta = z.infer<typeof PhotoMeta>;

/** What the journalist's side sends with the bytes. */
export type SubmissionPhoto = Omit<PhotoMeta, 'format' | 'version' | 'sha256' | 'byteLength'>;
/** A photo waiting in a companion, as the editor's side lists it. */
export type CompanionPhoto = Omit<PhotoMeta, 'format' | 'version'> & { companionId: number; authorId: number };

/** Sends the photo with the submission; a companion already holding these bytes is left as it is. */
export async function sendPhoto(client: WordPressClient, photo: SubmissionPhoto, bytes: Uint8Array): Promise<CompanionPhoto> {
  const slug = photoCompanionMarker(photo.postId, photo.photoHash);
  const meta: PhotoMeta = { format: 'spalt-photo', version: 1, ...photo, sha256: sha256(bytes), byteLength: bytes.byteLength };
  const [article, existing] = await Promise.all([client.viewPost(photo.postId), findCompanion(client, slug)]);
  // A companion changed by hand in WordPress is written again.
  if (existing && sameMeta(metaOrNull(client, existing), meta)) return companionPhoto(existing, meta);
  const fields = companionFields(photo, meta, bytes, article.title.raw ?? article.title.rendered, article.author ?? (await client.me()).id);
  refuseOversized(client, photo.fileName, fields);
  return companionPhoto(await writeCompanion(client, existing, fields), meta);
}

function companionFields(photo: SubmissionPhoto, meta: PhotoMeta, bytes: Uint8Array, title: string, author: number): CompanionFields {
  const slug = photoCompanionMarker(photo.postId, photo.photoHash);
  return {
    slug,
    title: companionTitle('photo', title),
    content: companionContent(slug, photo.postId, title, bytes),
    excerpt: Buffer.from(JSON.stringify(meta), 'utf8').toString('base64'),
    author,
  };
}

function refuseOversized(client: Pick<WordPressClient, 'address'>, fileName: string, fields: CompanionFields): void {
  const size = requestBytes(fields);
  if (size <= maxCompanionRequestBytes) return;
  // Whole megabytes, which read the same in both languages.
  const megabytes = Math.ceil(size / (1024 * 1024));
  const max = Math.floor(maxCompanionRequestBytes / (1024 * 1024));
  throw new WordPressError('wp_companion_too_large', { address: client.address, fileName, megabytes, max }, { disposition: 'final' });
}

/**
 * The size check of sendPhoto, made before the post exists (its id and author are not known
 * yet, so the largest the request could be with them): a photo too large stops the job before
 * anything is sent.
 */
export function refuseOversizedPhoto(
  client: Pick<WordPressClient, 'address'>,
  photo: SubmissionPhoto,
  bytes: Uint8Array,
  title: string,
): void {
  const largest = { ...photo, postId: Number.MAX_SAFE_INTEGER };
  const meta: PhotoMeta = { format: 'spalt-photo', version: 1, ...largest, sha256: sha256(bytes), byteLength: bytes.byteLength };
  refuseOversized(client, photo.fileName, companionFields(largest, meta, bytes, title, Number.MAX_SAFE_INTEGER));
}

/** Every photo waiting with a submission, without their bytes. */
export async function listPhotos(client: WordPressClient, postId: number): Promise<CompanionPhoto[]> {
  const found = await findCompanions(client, companionPrefix('photo', postId), ['id', 'slug', 'excerpt', 'author', 'modified_gmt']);
  return found.map((post) => companionPhoto(post, metaOf(client, post)));
}

/**
 * Every photo waiting with a submission, without their bytes, and the companions that cannot be
 * read (changed by hand in WordPress), each with its error, so one damaged draft hides no other.
 */
export async function surveyPhotos(
  client: WordPressClient,
  postId: number,
): Promise<{ photos: CompanionPhoto[]; damaged: Array<{ companionId: number; error: WordPressError }> }> {
  const found = await findCompanions(client, companionPrefix('photo', postId), ['id', 'slug', 'excerpt', 'author', 'modified_gmt']);
  const photos: CompanionPhoto[] = [];
  const damaged: Array<{ companionId: number; error: WordPressError }> = [];
  for (const post of found) {
    try {
      photos.push(companionPhoto(post, metaOf(client, post)));
    } catch (error) {
      if (!(error instanceof WordPressError)) throw error;
      damaged.push({ companionId: post.id, error });
    }
  }
  return { photos, damaged };
}

/** One photo with its bytes, exactly as sent (checked against its SHA-256). */
export async function readPhoto(client: WordPressClient, companionId: number): Promise<{ photo: CompanionPhoto; bytes: Uint8Array }> {
  const post = await client.getPost(companionId);
  const meta = metaOf(client, post);
  const bytes = companionPayload(client, post);
  if (bytes.byteLength !== meta.byteLength || sha256(bytes) !== meta.sha256) {
    throw new WordPressError(
      'wp_companion_damaged',
      { address: client.address, id: companionId, details: 'the photo’s bytes differ from what was sent' },
      { disposition: 'final' },
    );
  }
  return { photo: companionPhoto(post, meta), bytes };
}

/** Removes the companion once its photo is in the media library. */
export function removePhoto(client: WordPressClient, companionId: number): Promise<void> {
  return client.deletePost(companionId);
}

function metaOf(client: WordPressClient, post: Post): PhotoMeta {
  const text = Buffer.from(post.excerpt.raw ?? '', 'base64').toString('utf8');
  const parsed = PhotoMeta.safeParse(parseJson(text));
  if (!parsed.success) {
    throw new WordPressError(
      'wp_companion_damaged',
      { address: client.address, id: post.id, details: 'no photo description' },
      { disposition: 'final' },
    );
  }
  return parsed.data;
}

function metaOrNull(client: WordPressClient, post: Post): PhotoMeta | null {
  try {
    return metaOf(client, post);
  } catch (error) {
    if (error instanceof WordPressError) return null;
    throw error;
  }
}

function companionPhoto(post: Post, meta: PhotoMeta): CompanionPhoto {
  const { format: _format, version: _version, ...rest } = meta;
  return { ...rest, companionId: post.id, authorId: post.author ?? 0 };
}

function sameMeta(a: PhotoMeta | null, b: PhotoMeta): boolean {
  return a !== null && canonical(a) === canonical(b);
}

/** JSON with every object's keys sorted, so key order never makes two equal values differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
