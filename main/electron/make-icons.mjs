// `npm run build:icons`: draws the app icon from build/icons/icon.svg at every size the
// installers want: PNGs for Linux, icon.ico for Windows, icon.icns for macOS. The results are
// committed, so packaging never needs this script; run it again after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { projectRoot } from '../node-bundle.mjs';

export const iconDir = join(projectRoot, 'build', 'icons');
/** The PNG sizes shipped, named as electron-builder's Linux target reads them (16x16.png …). */
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Windows shows at most 256 px from an .ico. */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** The PNG-carrying icns types and their pixel size (Apple's icns format, OS X 10.7 and later). */
export const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function render(svg, size) {
  return sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 512)) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An .ico whose entries are PNGs (read by Windows Vista and later). */
export function icoFile(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** An .icns: the magic, the total length, then each entry's type, length and PNG. */
export function icnsFile(images) {
  const entries = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

export async function makeIcons(dir = iconDir) {
  const svg = readFileSync(join(dir, 'icon.svg'));
  const pngs = new Map();
  for (const size of pngSizes) pngs.set(size, await render(svg, size));
  mkdirSync(dir, { recursive: true });
  for (const [size, png] of pngs) writeFileSync(join(dir, `${size}x${size}.png`), png);
  writeFileSync(join(dir, 'icon.png'), pngs.get(512));
  writeFileSync(join(dir, 'icon.ico'), icoFile(icoSizes.map((size) => ({ size, png: pngs.get(size) }))));
  writeFileSync(join(dir, 'icon.icns'), icnsFile(icnsTypes.map(([type, size]) => ({ type, png: pngs.get(size) }))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await makeIcons();
  console.log(`Ikonerna ritade / Icons drawn: ${iconDir}`);
}
