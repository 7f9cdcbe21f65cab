/**
 * What a file is, and the two renditions the library keeps of it: a thumbnail for the grid and
 * a web version for the site. The file's name and extension say nothing; its first bytes do.
 */
import { createRequire } from 'node:module';
import type { Metadata, Sharp } from 'sharp';
import type { Photo, PhotoRendition } from '../../shared/article/photo';
import { photoLimits } from '../../shared/article/photo-fields';

// sharp loads libvips, which costs more than the rest of the core's start: it is loaded with
// the first photo. Required the CommonJS way from this module's place, as a bundle's own
// require of it would, so the desktop app finds it beside its archive as before.
type SharpLibrary = typeof import('sharp').default;
let library: SharpLibrary | null = null;
const loadSharp = (): SharpLibrary => (library ??= createRequire(import.meta.url)('sharp') as SharpLibrary);

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export const mimeTypes: Record<PhotoFormat, Photo['mimeType']> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

export const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

const startsWith = (data: Uint8Array, bytes: number[], at = 0) => bytes.every((byte, i) => data[at + i] === byte);

/** The format from the file's magic bytes, or null for anything else. */
export function sniffFormat(data: Uint8Array): PhotoFormat | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38]) && (data[4] === 0x37 || data[4] === 0x39) && data[5] === 0x61) return 'gif';
  return null;
}

/** Decoding options for every read: stop at the pixel limit, refuse truncated data. */
export const decodeOptions = {
  limitInputPixels: photoLimits.pixels,
  failOn: 'truncated',
  // An animated GIF or WebP is represented by its first frame.
  pages: 1,
} as const;

/**
 * Reads the header only: dimensions, orientation and the raw metadata blocks. No pixel limit
 * here, so an oversized image is reported as such rather than as unreadable.
 */
export function readHeader(data: Uint8Array): Promise<Metadata> {
  const sharp = loadSharp();
  return sharp(data, { limitInputPixels: false, pages: 1 }).metadata();
}

/** The size as displayed, with the EXIF orientation applied (5 to 8 turn the picture a quarter). */
export function displayedSize(metadata: Metadata): { width: number; height: number } {
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  return (metadata.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}

export interface RenditionFile {
  data: Buffer;
  info: PhotoRendition;
}

export interface Renditions {
  thumb: RenditionFile;
  web: RenditionFile;
}

function allOpaque(raw: Buffer, channels: number): boolean {
  for (let i = channels - 1; i < raw.length; i += channels) if (raw[i] !== 255) return false;
  return true;
}

/** Transparency survives in the source's own family where the site can show it; else JPEG. */
function webEncoder(image: Sharp, format: PhotoFormat, transparent: boolean): { image: Sharp; mimeType: string } {
  if (!transparent) return { image: image.jpeg({ mozjpeg: true, quality: 82 }), mimeType: 'image/jpeg' };
  if (format === 'webp') return { image: image.webp({ quality: 82, alphaQuality: 90 }), mimeType: 'image/webp' };
  return { image: image.png({ compressionLevel: 9, adaptiveFiltering: true }), mimeType: 'image/png' };
}

async function encode(image: Sharp, mimeType: string): Promise<RenditionFile> {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, mimeType, bytes: data.length } };
}

/**
 * Decodes the file once, turned upright and brought down to the web size, and makes both
 * renditions from those pixels. sharp writes no metadata unless asked, so GPS, EXIF, IPTC
 * and XMP stay behind; colours are converted to sRGB. Throws on damaged or truncated data.
 */
export async function makeRenditions(data: Uint8Array, format: PhotoFormat): Promise<Renditions> {
  const sharp = loadSharp();
  const longest = photoLimits.webLongestSide;
  const { data: pixels, info } = await sharp(data, decodeOptions)
    .rotate()
    .resize(longest, longest, { fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const hasAlpha = info.channels === 4 || info.channels === 2;
  const transparent = hasAlpha && !allOpaque(pixels, info.channels);
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const upright = () => (transparent || !hasAlpha ? sharp(pixels, raw) : sharp(pixels, raw).removeAlpha());
  const web = webEncoder(upright(), format, transparent);
  const thumbSide = photoLimits.thumbLongestSide;
  const thumb = upright().resize(thumbSide, thumbSide, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 76, effort: 2 });
  const [webFile, thumbFile] = await Promise.all([encode(web.image, web.mimeType), encode(thumb, 'image/webp')]);
  return { web: webFile, thumb: thumbFile };
}
