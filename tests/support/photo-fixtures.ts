/**
 * Real image files for the photo library's tests and benchmarks, made with sharp and given
 * their metadata by a real tool (exiftool, Debian's libimage-exiftool-perl; CI installs it in
 * tests/system-deps.sh). Nothing here is a mock: each file is what a camera, an agency or a
 * phone could hand the newsroom.
 *
 * API
 * - `await writePhotoFixtures(dir)` writes the named set below into `dir` (created if needed)
 *   and returns `{ name: absolutePath }`. Takes about a second or two.
 *     iptc            iptc-credit.jpg      IPTC only: By-line, Credit, Source, Copyright Notice,
 *                                          Caption-Abstract, Headline (values: `fixtureText.iptc`)
 *     xmp             xmp-credit.jpg       XMP only: dc:creator, photoshop:Credit, dc:rights,
 *                                          dc:description (`fixtureText.xmp`)
 *     exif            exif-credit.jpg      EXIF only: Artist, Copyright, ImageDescription,
 *                                          DateTimeOriginal (`fixtureText.exif`)
 *     layered         layered-credit.jpg   all three families with different values, to test
 *                                          which one wins (`fixtureText.layered`)
 *     cameraDefault   olympus.jpg          EXIF ImageDescription "OLYMPUS DIGITAL CAMERA" only
 *     gps             gps.jpg              a GPS position (Stockholm) plus EXIF Artist
 *     rotated         rotated.jpg          stored 1200×800 with EXIF Orientation 6, so it
 *                                          displays 800×1200; the stored top-left corner is pure
 *                                          red (`rotatedMarker`), which shows at the displayed
 *                                          top-right once the orientation is applied
 *     large           large.jpg            6000×4000 JPEG with IPTC credit
 *     png             alpha.png            800×600 PNG, its right half fading to transparent,
 *                                          with XMP dc:creator (`fixtureText.png`)
 *     webp            photo.webp           1000×750 WebP with XMP and EXIF (`fixtureText.webp`)
 *     gif             animated.gif         two-frame animated GIF, 320×240
 *     notImage        not-an-image.jpg     plain text with a .jpg name
 *     truncated       truncated.jpg        a real JPEG cut in half
 *     empty           empty.jpg            0 bytes
 *     hostileMetadata hostile.jpg          IPTC/XMP/EXIF holding `<script>`, `<img onerror>` and
 *                                          control characters (`fixtureText.hostile`)
 * - `await makePhoto(path, options)` writes one custom image (gradient plus noise, so JPEG
 *   sizes are like real photos) and returns the path. Options: width, height, format
 *   ('jpeg' | 'png' | 'webp' | 'gif'), alpha, quality, seed (changes the content, hence the
 *   hash), solid (one flat colour: compresses tiny, for pixel-limit tests), frames (GIF).
 * - `await writeMetadata(path, tags)` writes exiftool tags (`{ 'IPTC:By-line': 'Alexander
 *   Isa', 'GPSLatitude': 59.3 }`), UTF-8 for IPTC and EXIF.
 * - `await writeOversizedFile(path, bytes)` writes a real JPEG padded with trailing bytes to
 *   `bytes` long (decoders ignore the tail), for the file-size limit.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';

const run = promisify(execFile);

export type FixtureFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export interface MakePhotoOptions {
  width: number;
  height: number;
  format?: FixtureFormat;
  /** Give the image an alpha channel with a transparent region (PNG, WebP, GIF). */
  alpha?: boolean;
  quality?: number;
  /** Different seeds give different pictures, hence different hashes. */
  seed?: number;
  /** One flat colour instead of a picture. */
  solid?: boolean;
  /** GIF only: the number of frames (default 1). */
  frames?: number;
  /** Paint this many pixels of the top-left corner pure red (#ff0000). */
  redCorner?: number;
}

/** The texts the fixtures carry, so tests compare against the source rather than retyping. */
export const fixtureText = {
  iptc: {
    byline: 'Alexander Isa',
    credit: 'Länstidningen',
    source: 'Länstidningen Södertälje',
    copyright: '© Länstidningen, får användas en gång',
    caption: 'Polisbilar utanför anstalten Hall',
    headline: 'Rymning från Hall',
  },
  xmp: {
    creator: 'Åsa Öberg',
    credit: 'TT Nyhetsbyrån',
    rights: 'Licens: TT, redaktionellt bruk',
    description: 'Väntande resenärer på Södertälje syd',
  },
  exif: {
    artist: 'Erik Ärlig',
    copyright: 'Erik Ärlig, frilans',
    description: 'Båtar vid Mälarhamnen',
    dateTimeOriginal: '2026:10:14 09:41:07',
  },
  layered: {
    iptcByline: 'IPTC Fotograf',
    xmpCreator: 'XMP Fotograf',
    exifArtist: 'EXIF Fotograf',
    xmpCredit: 'XMP Byrå',
    iptcSource: 'IPTC Källa',
    xmpDescription: 'XMP bildtext',
    exifDescription: 'EXIF bildtext',
    xmpRights: 'XMP rättigheter',
    exifCopyright: 'EXIF upphovsrätt',
  },
  gps: { artist: 'Gps Fotograf', latitude: 59.3293, longitude: 18.0686 },
  /** XMP dc:creator in the PNG and WebP files (their formats hold XMP, not IPTC). */
  png: { creator: 'Pia Png' },
  webp: { creator: 'Wilma Webp', artist: 'Wilma Webp' },
  hostile: {
    script: '<script>alert(1)</script>',
    img: '<img src=x onerror=alert(1)>',
    /** Bell, escape and backspace inside a caption; a newline and tab that should become spaces. */
    controlCaption: 'Bild\u0007text\u001b[31m med\u0008 kontroll\ttecken\noch radbrytning',
  },
} as const;

export const rotatedMarker = { storedWidth: 1200, storedHeight: 800, corner: 120 } as const;

export const photoFixtureNames = [
  'iptc',
  'xmp',
  'exif',
  'layered',
  'cameraDefault',
  'gps',
  'rotated',
  'large',
  'png',
  'webp',
  'gif',
  'notImage',
  'truncated',
  'empty',
  'hostileMetadata',
] as const;
export type PhotoFixtureName = (typeof photoFixtureNames)[number];
export type PhotoFixtures = Record<PhotoFixtureName, string>;

/** A small deterministic random source, so fixtures are the same on every run. */
function random(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/**
 * A picture-like raster: a few soft colour fields (a tiny random image blown up smoothly) with
 * fine noise on top, which compresses the way a photo does rather than like a flat test card.
 * All in sharp, so even 6000×4000 takes a fraction of a second.
 */
async function picture(options: MakePhotoOptions): Promise<Sharp> {
  const { width, height } = options;
  const next = random(options.seed ?? 1);
  let rgb: Sharp;
  if (options.solid) {
    const [r, g, b] = [next(), next(), next()].map((v) => Math.floor(v * 256));
    rgb = sharp({ create: { width, height, channels: 3, background: { r: r!, g: g!, b: b! } } });
  } else {
    const cols = 8;
    const rows = 6;
    const seedPixels = Buffer.alloc(cols * rows * 3);
    for (let i = 0; i < seedPixels.length; i++) seedPixels[i] = Math.floor(next() * 256);
    // Gaussian noise is slow to make at 24 megapixels, so one tile of it is repeated.
    const tile = Math.min(509, width, height);
    const noise = await sharp({
      create: { width: tile, height: tile, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 14 } },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    rgb = sharp(seedPixels, { raw: { width: cols, height: rows, channels: 3 } })
      .resize(width, height, { kernel: 'cubic', fit: 'fill' })
      .composite([{ input: noise, blend: 'overlay', tile: true }]);
  }
  if (options.redCorner) {
    const corner = options.redCorner;
    const flat = await rgb.raw().toBuffer();
    rgb = sharp(flat, { raw: { width, height, channels: 3 } }).composite([
      { input: { create: { width: corner, height: corner, channels: 3, background: '#ff0000' } }, left: 0, top: 0 },
    ]);
  }
  if (!options.alpha) return rgb.removeAlpha();
  // Opaque on the left, fading to fully transparent on the right.
  const mask = await sharp(Buffer.from([255, 255, 0]), { raw: { width: 3, height: 1, channels: 1 } })
    .resize(width, height, { kernel: 'linear', fit: 'fill' })
    .raw()
    .toBuffer();
  const flat = await rgb.removeAlpha().raw().toBuffer();
  return sharp(flat, { raw: { width, height, channels: 3 } }).joinChannel(mask, { raw: { width, height, channels: 1 } });
}

/** The frames of an animated image, stacked as sharp's multi-page raw input wants them. */
async function frames(options: MakePhotoOptions, count: number): Promise<Sharp> {
  const rasters: Buffer[] = [];
  let channels = 3;
  for (let f = 0; f < count; f++) {
    const { data, info } = await (
      await picture({ ...options, seed: (options.seed ?? 1) * 31 + f })
    )
      .raw()
      .toBuffer({ resolveWithObject: true });
    rasters.push(data);
    channels = info.channels;
  }
  const { width, height } = options;
  return sharp(Buffer.concat(rasters), { raw: { width, height: height * count, channels: channels as 3 | 4, pageHeight: height } });
}

/** Writes one generated image to `path` and returns the path. */
export async function makePhoto(path: string, options: MakePhotoOptions): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const format = options.format ?? 'jpeg';
  const frameCount = format === 'gif' ? Math.max(1, options.frames ?? 1) : 1;
  const image = frameCount > 1 ? await frames(options, frameCount) : await picture(options);
  const quality = options.quality ?? 88;
  switch (format) {
    case 'jpeg':
      await image.jpeg({ quality }).toFile(path);
      break;
    case 'png':
      await image.png().toFile(path);
      break;
    case 'webp':
      await image.webp({ quality }).toFile(path);
      break;
    case 'gif':
      await image.gif({ delay: 200, loop: 0 }).toFile(path);
      break;
  }
  return path;
}

export type MetadataTags = Record<string, string | number>;

/** Writes metadata with exiftool, in place; IPTC and EXIF text as UTF-8 so å, ä and ö survive. */
export async function writeMetadata(path: string, tags: MetadataTags): Promise<void> {
  const args = ['-q', '-overwrite_original', '-charset', 'iptc=UTF8', '-charset', 'exif=UTF8', '-IPTC:CodedCharacterSet=UTF8'];
  for (const [tag, value] of Object.entries(tags)) {
    // `#=` writes the number as is (Orientation 6, not the text "Rotate 90 CW").
    args.push(typeof value === 'number' && !tag.startsWith('GPS') ? `-${tag}#=${value}` : `-${tag}=${value}`);
  }
  args.push(path);
  await run('exiftool', args);
}

/** A real JPEG followed by padding up to `bytes`: a valid image that is simply too big. */
export async function writeOversizedFile(path: string, bytes: number): Promise<string> {
  await makePhoto(path, { width: 640, height: 480, seed: 99 });
  const image = await readFile(path);
  const file = Buffer.alloc(bytes);
  image.copy(file);
  await writeFile(path, file);
  return path;
}

const { iptc, xmp, exif, layered, gps, hostile } = fixtureText;

/** Writes the named fixture set into `dir` and returns absolute paths by name. */
export async function writePhotoFixtures(dir: string): Promise<PhotoFixtures> {
  await mkdir(dir, { recursive: true });
  const at = (file: string) => join(dir, file);
  const files: PhotoFixtures = {
    iptc: at('iptc-credit.jpg'),
    xmp: at('xmp-credit.jpg'),
    exif: at('exif-credit.jpg'),
    layered: at('layered-credit.jpg'),
    cameraDefault: at('olympus.jpg'),
    gps: at('gps.jpg'),
    rotated: at('rotated.jpg'),
    large: at('large.jpg'),
    png: at('alpha.png'),
    webp: at('photo.webp'),
    gif: at('animated.gif'),
    notImage: at('not-an-image.jpg'),
    truncated: at('truncated.jpg'),
    empty: at('empty.jpg'),
    hostileMetadata: at('hostile.jpg'),
  };
  const jpeg = async (path: string, seed: number, tags: MetadataTags, size = { width: 1600, height: 1067 }) => {
    await makePhoto(path, { ...size, seed });
    await writeMetadata(path, tags);
  };
  await Promise.all([
    jpeg(files.iptc, 2, {
      'IPTC:By-line': iptc.byline,
      'IPTC:Credit': iptc.credit,
      'IPTC:Source': iptc.source,
      'IPTC:CopyrightNotice': iptc.copyright,
      'IPTC:Caption-Abstract': iptc.caption,
      'IPTC:Headline': iptc.headline,
    }),
    jpeg(files.xmp, 3, {
      'XMP-dc:Creator': xmp.creator,
      'XMP-photoshop:Credit': xmp.credit,
      'XMP-dc:Rights': xmp.rights,
      'XMP-dc:Description': xmp.description,
    }),
    jpeg(files.exif, 4, {
      'EXIF:Artist': exif.artist,
      'EXIF:Copyright': exif.copyright,
      'EXIF:ImageDescription': exif.description,
      'EXIF:DateTimeOriginal': exif.dateTimeOriginal,
    }),
    jpeg(files.layered, 5, {
      'IPTC:By-line': layered.iptcByline,
      'XMP-dc:Creator': layered.xmpCreator,
      'EXIF:Artist': layered.exifArtist,
      'XMP-photoshop:Credit': layered.xmpCredit,
      'IPTC:Source': layered.iptcSource,
      'XMP-dc:Description': layered.xmpDescription,
      'EXIF:ImageDescription': layered.exifDescription,
      'XMP-dc:Rights': layered.xmpRights,
      'EXIF:Copyright': layered.exifCopyright,
    }),
    jpeg(files.cameraDefault, 6, { 'EXIF:ImageDescription': 'OLYMPUS DIGITAL CAMERA         ' }),
    jpeg(files.gps, 7, {
      'EXIF:Artist': gps.artist,
      GPSLatitude: gps.latitude,
      GPSLatitudeRef: 'N',
      GPSLongitude: gps.longitude,
      GPSLongitudeRef: 'E',
    }),
    (async () => {
      await makePhoto(files.rotated, {
        width: rotatedMarker.storedWidth,
        height: rotatedMarker.storedHeight,
        seed: 8,
        redCorner: rotatedMarker.corner,
      });
      await writeMetadata(files.rotated, { 'EXIF:Orientation': 6 });
    })(),
    jpeg(files.large, 9, { 'IPTC:By-line': iptc.byline, 'IPTC:Credit': iptc.credit }, { width: 6000, height: 4000 }),
    (async () => {
      await makePhoto(files.png, { width: 800, height: 600, format: 'png', alpha: true, seed: 10 });
      await writeMetadata(files.png, { 'XMP-dc:Creator': fixtureText.png.creator });
    })(),
    (async () => {
      await makePhoto(files.webp, { width: 1000, height: 750, format: 'webp', seed: 11 });
      await writeMetadata(files.webp, { 'XMP-dc:Creator': fixtureText.webp.creator, 'EXIF:Artist': fixtureText.webp.artist });
    })(),
    makePhoto(files.gif, { width: 320, height: 240, format: 'gif', frames: 2, seed: 12 }),
    writeFile(files.notImage, 'Det här är ingen bild, bara text med fel filändelse.\n'),
    (async () => {
      await makePhoto(files.truncated, { width: 1200, height: 900, seed: 13 });
      const whole = await readFile(files.truncated);
      await truncate(files.truncated, Math.floor(whole.length / 2));
    })(),
    writeFile(files.empty, Buffer.alloc(0)),
    jpeg(files.hostileMetadata, 14, {
      'IPTC:By-line': hostile.img,
      'IPTC:Caption-Abstract': hostile.controlCaption,
      'IPTC:Headline': hostile.script,
      'IPTC:Credit': `${hostile.script}\u0007`,
      'XMP-dc:Description': hostile.script,
      'XMP-dc:Rights': hostile.img,
      'EXIF:Artist': `${hostile.img}\u001b`,
    }),
  ]);
  return files;
}
