/**
 * The photo half of `npm run bench` (`npx tsx tests/bench/run.ts photos`): importing 50 distinct
 * 12-megapixel JPEGs through the core's photos.import, against sharp making the same two
 * renditions (web JPEG ≤ 2560 px with mozjpeg, thumbnail WebP ≤ 400 px) from the same files in
 * a bare loop, in the same run. Both read the file from disk and write their output to disk.
 * A third row does what the import does inside (one decode feeding both renditions) with
 * nothing else, so the app's own overhead shows too. The variants take turns going first, photo
 * by photo, in two rounds each on a fresh library, so drift in the machine's load falls on all.
 * Prints a table; asserts nothing. Target: at most 1.3× sharp alone.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { photoLimits } from '../../shared/article/photo-fields';
import { openPhotoLibrary, type PhotoLibrary } from '../support/photo-library';
import { makePhoto, writeMetadata } from '../support/photo-fixtures';

const photoCount = 50;
const rounds = 2;
/** Generated once and kept between runs: making 50 photos is not what is measured. */
const sourceDir = join(tmpdir(), 'spalt-bench-photos-12mp-v1');

const photographers = ['Alexander Isa', 'Åsa Öberg', 'Erik Ärlig', 'Lisa Ek', 'Anna Svensson'];
const agencies = ['Länstidningen', 'TT', 'Pexels', 'Privat', 'Scanpix'];
const captions = [
  'Polisbilar utanför anstalten Hall',
  'Väntande resenärer på Södertälje syd',
  'Båtar vid Mälarhamnen',
  'Marknadsdag på torget',
  'Elever på skolgården',
];

async function sourcePhotos(): Promise<string[]> {
  const files = Array.from({ length: photoCount }, (_, i) => join(sourceDir, `bench-${String(i).padStart(2, '0')}.jpg`));
  if (files.every((file) => existsSync(file))) return files;
  mkdirSync(sourceDir, { recursive: true });
  console.log(`Making ${photoCount} photos of 4000×3000 in ${sourceDir} (once)…`);
  for (const [i, file] of files.entries()) {
    if (existsSync(file)) continue;
    const temp = `${file}.tmp.jpg`;
    await makePhoto(temp, { width: 4000, height: 3000, seed: 1000 + i, quality: 92 });
    await writeMetadata(temp, {
      'IPTC:By-line': photographers[i % photographers.length]!,
      'IPTC:Credit': agencies[i % agencies.length]!,
      'IPTC:Caption-Abstract': `${captions[i % captions.length]}, bild ${i + 1}`,
      'IPTC:CopyrightNotice': `© ${agencies[i % agencies.length]}`,
      'XMP-dc:Creator': photographers[i % photographers.length]!,
      'XMP-dc:Description': captions[i % captions.length]!,
      'EXIF:Artist': photographers[i % photographers.length]!,
      'EXIF:DateTimeOriginal': `2026:10:${String(1 + (i % 28)).padStart(2, '0')} 12:00:00`,
      'EXIF:Make': 'Canon',
      'EXIF:Model': 'EOS R6',
      ...(i % 3 === 0 ? { GPSLatitude: 59.19, GPSLatitudeRef: 'N', GPSLongitude: 17.63, GPSLongitudeRef: 'E' } : {}),
      ...(i % 4 === 1 ? { 'EXIF:Orientation': 6 } : {}),
    });
    await writeFile(file, await readFile(temp));
    rmSync(temp);
  }
  return files;
}

/** What a bare loop does: read the file, make both renditions with sharp, write them. */
async function bareSharp(file: string, outDir: string, index: number): Promise<void> {
  const data = await readFile(file);
  const longest = photoLimits.webLongestSide;
  const thumb = photoLimits.thumbLongestSide;
  await Promise.all([
    sharp(data)
      .rotate()
      .resize(longest, longest, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ mozjpeg: true, quality: 82 })
      .toFile(join(outDir, `${index}.web.jpg`)),
    sharp(data)
      .rotate()
      .resize(thumb, thumb, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 76, effort: 2 })
      .toFile(join(outDir, `${index}.thumb.webp`)),
  ]);
}

/**
 * The same with one decode feeding both renditions, as the import does: the app's overhead
 * alone (hash, metadata, durable store, database) is the distance from this one.
 */
async function bareSharpOneDecode(file: string, outDir: string, index: number): Promise<void> {
  const data = await readFile(file);
  const longest = photoLimits.webLongestSide;
  const thumb = photoLimits.thumbLongestSide;
  const { data: pixels, info } = await sharp(data)
    .rotate()
    .resize(longest, longest, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  await Promise.all([
    sharp(pixels, raw)
      .jpeg({ mozjpeg: true, quality: 82 })
      .toFile(join(outDir, `${index}.web.jpg`)),
    sharp(pixels, raw)
      .resize(thumb, thumb, { fit: 'inside' })
      .webp({ quality: 76, effort: 2 })
      .toFile(join(outDir, `${index}.thumb.webp`)),
  ]);
}

async function coreImport(library: PhotoLibrary, file: string): Promise<void> {
  const data = new Uint8Array(await readFile(file));
  const { duplicate } = await library.handlers['photos.import']({ fileName: file.split('/').at(-1)!, data });
  if (duplicate) throw new Error('the bench imports each photo once per round');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  return {
    variant: label,
    photos: times.length,
    'total s': (total / 1000).toFixed(2),
    'p50 ms': percentile(sorted, 50).toFixed(0),
    'p95 ms': percentile(sorted, 95).toFixed(0),
  };
}

export async function runPhotoBench(): Promise<void> {
  const files = await sourcePhotos();
  const work = mkdtempSync(join(tmpdir(), 'spalt-photo-bench-'));
  const importTimes: number[] = [];
  const sharpTimes: number[] = [];
  const oneDecodeTimes: number[] = [];
  try {
    // One unmeasured pass of each, so both start with warm code and warm file caches.
    const warm = openPhotoLibrary(join(work, 'warm'));
    await coreImport(warm, files[0]!);
    warm.close();
    mkdirSync(join(work, 'warm-sharp'));
    await bareSharp(files[0]!, join(work, 'warm-sharp'), 0);
    await bareSharpOneDecode(files[0]!, join(work, 'warm-sharp'), 1);

    for (let round = 0; round < rounds; round++) {
      const library = openPhotoLibrary(join(work, `library-${round}`));
      const outDir = join(work, `sharp-${round}`);
      mkdirSync(outDir);
      for (const [i, file] of files.entries()) {
        const timed = async (run: () => Promise<void>, into: number[]) => {
          const start = performance.now();
          await run();
          into.push(performance.now() - start);
        };
        const variants = [
          () => timed(() => coreImport(library, file), importTimes),
          () => timed(() => bareSharp(file, outDir, i), sharpTimes),
          () => timed(() => bareSharpOneDecode(file, outDir, i + photoCount), oneDecodeTimes),
        ];
        // Each photo starts with a different variant, so none always runs first or last.
        for (let v = 0; v < variants.length; v++) await variants[(i + round + v) % variants.length]!();
      }
      const stored = readdirSync(join(work, `library-${round}`, 'photos'), { recursive: true }).length;
      library.close();
      if (stored < photoCount * 3) throw new Error(`round ${round} stored ${stored} files`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const core = summary('Spalt photos.import (hash, metadata, renditions, store, database)', importTimes);
  const bare = summary('sharp alone, same renditions, bare loop', sharpTimes);
  const oneDecode = summary('sharp alone, one decode for both renditions', oneDecodeTimes);
  console.log(`\nPhoto import: ${photoCount} photos of 4000×3000 JPEG, ${rounds} rounds, rotating the order`);
  console.table([core, bare, oneDecode]);
  const ratio = (a: Record<string, string | number>, b: Record<string, string | number>, key: string) =>
    (Number(a[key]) / Number(b[key])).toFixed(2);
  console.log(`Ratio to sharp alone: ${ratio(core, bare, 'total s')}× in total, ${ratio(core, bare, 'p50 ms')}× at p50 (target ≤ 1.3×)`);
  console.log(
    `Ratio to sharp alone with one decode: ${ratio(core, oneDecode, 'total s')}× in total, ${ratio(core, oneDecode, 'p50 ms')}× at p50\n`,
  );
}
