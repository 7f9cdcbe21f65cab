/**
 * The credit and caption fields embedded in a photo file: IPTC, XMP and EXIF, read with exifr
 * from the raw metadata blocks sharp already found while reading the header. The file is not
 * scanned a second time, and the same code serves JPEG, PNG, WebP and GIF.
 */
import * as exifrModule from 'exifr';
import type { Metadata } from 'sharp';
import type { EmbeddedMetadata } from '../../shared/article/photo';
import { photoLimits, type EmbeddedField } from '../../shared/article/photo-fields';
import { wallClockInstant } from '../../shared/format/date';
import { decodeXmlEntities, plainText, repairUtf8 } from './text';

type Raw = Record<string, unknown>;

// Node loads exifr's UMD build (all on the default export); vitest and bundlers its ES module,
// whose default export lacks `sidecar`.
const exifr: Pick<typeof exifrModule, 'sidecar'> = typeof exifrModule.sidecar === 'function' ? exifrModule : exifrModule.default;

export interface EmbeddedRead {
  embedded: EmbeddedMetadata;
  /** EXIF DateTimeOriginal as an instant, or null. */
  takenAt: string | null;
}

const exifHeader = Buffer.from('Exif\0\0', 'latin1');

const tiffOptions = {
  ifd0: { pick: ['Artist', 'Copyright', 'ImageDescription'] },
  exif: { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'] },
  gps: { pick: ['GPSLatitude', 'GPSLongitude'] },
  ifd1: false,
  interop: false,
  makerNote: false,
  userComment: false,
  // The raw "2026:10:14 09:41:07": exifr would read it in the computer's zone, not the camera's.
  reviveValues: false,
  translateValues: false,
};

/** A parse failure in one block loses that block only; the photo itself is still fine. */
async function sidecar(data: Buffer | undefined, options: object, type: string): Promise<Raw> {
  if (!data || data.length === 0) return {};
  try {
    const parsed = (await exifr.sidecar(data, options, type)) as Raw | undefined;
    return parsed ?? {};
  } catch {
    return {};
  }
}

/** A field's text: strings, numbers, lists (repeated By-line) and XMP's {lang, value}. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const record = value as Raw;
    if ('value' in record) {
      // Several languages: the default one, else the first.
      return textOf(record.value);
    }
  }
  return '';
}

function xmpAlt(value: unknown): string {
  if (Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'lang' in item)) {
    const items = value as Array<{ lang?: unknown; value?: unknown }>;
    return textOf((items.find((item) => item.lang === 'x-default') ?? items[0])?.value);
  }
  return textOf(value);
}

const clean = (value: string) => plainText(repairUtf8(value), photoLimits.caption);

/** Camera time is wall-clock time where the camera was: Stockholm unless the file says. */
function takenAtFrom(raw: string, offset: string): string | null {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  return wallClockInstant({ year, month, day, hour, minute, second }, offset.trim() || null);
}

export async function readEmbedded(metadata: Pick<Metadata, 'exif' | 'iptc' | 'xmp'>): Promise<EmbeddedRead> {
  const exif = metadata.exif;
  const tiffData = exif && exif.subarray(0, 6).equals(exifHeader) ? exif.subarray(6) : exif;
  const [tiff, iptc, xmp] = await Promise.all([
    sidecar(tiffData, tiffOptions, 'tiff'),
    sidecar(metadata.iptc, { iptc: { pick: ['Byline', 'Credit', 'Source', 'CopyrightNotice', 'Caption', 'Headline'] } }, 'iptc'),
    sidecar(metadata.xmp, { xmp: true, mergeOutput: false }, 'xmp'),
  ]);
  const dc = (xmp.dc ?? {}) as Raw;
  const photoshop = (xmp.photoshop ?? {}) as Raw;
  const found: Record<EmbeddedField, string> = {
    iptcByline: textOf(iptc.Byline),
    iptcCredit: textOf(iptc.Credit),
    iptcSource: textOf(iptc.Source),
    iptcCopyright: textOf(iptc.CopyrightNotice),
    iptcCaption: textOf(iptc.Caption),
    iptcHeadline: textOf(iptc.Headline),
    xmpCreator: decodeXmlEntities(textOf(dc.creator)),
    xmpCredit: decodeXmlEntities(textOf(photoshop.Credit)),
    xmpRights: decodeXmlEntities(xmpAlt(dc.rights)),
    xmpDescription: decodeXmlEntities(xmpAlt(dc.description)),
    exifArtist: textOf(tiff.Artist),
    exifCopyright: textOf(tiff.Copyright),
    exifDescription: textOf(tiff.ImageDescription),
    exifDateTimeOriginal: textOf(tiff.DateTimeOriginal),
  };
  const fields: EmbeddedMetadata['fields'] = {};
  for (const [key, value] of Object.entries(found) as Array<[EmbeddedField, string]>) {
    const text = clean(value);
    if (text !== '') fields[key] = text;
  }
  const hasGps = tiff.GPSLatitude !== undefined || tiff.GPSLongitude !== undefined;
  const takenAt = fields.exifDateTimeOriginal ? takenAtFrom(fields.exifDateTimeOriginal, textOf(tiff.OffsetTimeOriginal)) : null;
  return { embedded: { fields, hasGps }, takenAt };
}
