/**
 * What the photo library's end-to-end tests share: real fixture images (written once per worker
 * by exiftool), opening the library, importing through the file chooser, and handing files to
 * the page as a drop or a paste would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Photo } from '../../shared/article/photo';
import { writePhotoFixtures, type PhotoFixtures } from '../support/photo-fixtures';
import { expect, openSpalt, test as base, type SpaltServer } from './fixtures';

// The page's own classes, used inside evaluate; this project is typed for Node, not the DOM.
interface PageDataTransfer {
  items: { add(file: unknown): void };
}
declare const DataTransfer: { new (): PageDataTransfer };
declare const DragEvent: { new (type: string, init: Record<string, unknown>): Event };
declare const ClipboardEvent: { new (type: string, init: Record<string, unknown>): Event };
declare const document: { activeElement: EventTarget | null; body: EventTarget };
interface PageElement extends EventTarget {
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
}

/** Spalt's test with `photoFiles`: the fixture image set (exiftool-written), once per worker. */
export const test = base.extend<object, { photoFiles: PhotoFixtures }>({
  photoFiles: [async ({}, use) => use(await photoFixtures()), { scope: 'worker' }],
});

let written: Promise<PhotoFixtures> | null = null;

/** The fixture set, written once per worker process; the folder goes when the worker exits. */
export function photoFixtures(): Promise<PhotoFixtures> {
  if (!written) {
    const dir = mkdtempSync(join(tmpdir(), 'spalt-e2e-photos-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    written = writePhotoFixtures(dir);
  }
  return written;
}

export async function openPhotoLibrary(page: Page, spalt: SpaltServer): Promise<void> {
  await openSpalt(page, spalt);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bilder' }).click();
  await expect(page.getByRole('heading', { name: 'Bilder', level: 1 })).toBeVisible();
}

/** Clicks "Importera bilder" and picks the files in the chooser that opens. */
export async function importThroughChooser(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera bilder' }).click();
  await (await chooser).setFiles(files);
}

/** The core over HTTP as the renderer calls it, with the launch token as a header. */
export async function call<T>(page: Page, spalt: SpaltServer, operation: string, input: unknown): Promise<T> {
  const token = new URL(spalt.url).searchParams.get('token') ?? '';
  const response = await page.request.post(`${spalt.origin}/api/invoke/${operation}`, {
    headers: { 'x-spalt-token': token, 'content-type': 'application/json' },
    data: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Imports a file through the contract (bytes travel base64-encoded in browser mode). */
export async function importByApi(page: Page, spalt: SpaltServer, path: string): Promise<Photo> {
  const data = (await readFile(path)).toString('base64');
  const result = await call<{ photo: Photo }>(page, spalt, 'photos.import', { fileName: basename(path), data: { $bytes: data } });
  return result.photo;
}

interface PageFile {
  name: string;
  type: string;
  base64: string;
}

async function pageFiles(paths: string[]): Promise<PageFile[]> {
  const types: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
  return Promise.all(
    paths.map(async (path) => ({
      name: basename(path),
      type: types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
      base64: (await readFile(path)).toString('base64'),
    })),
  );
}

/**
 * Drops files on an element as the browser does when files are dragged from the desktop:
 * dragenter, dragover and drop, carrying a DataTransfer with real File objects, at the
 * element's centre (or at `point`, relative to the element).
 */
export async function dropFiles(target: Locator, paths: string[], point?: { x: number; y: number }): Promise<void> {
  const files = await pageFiles(paths);
  await target.evaluate(
    (element: PageElement, { files: list, at }) => {
      const data = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const box = element.getBoundingClientRect();
      const clientX = box.left + (at ? at.x : box.width / 2);
      const clientY = box.top + (at ? at.y : box.height / 2);
      for (const type of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, clientX, clientY }));
      }
    },
    { files, at: point },
  );
}

/** Pastes files into the focused element as Ctrl+V does with an image on the clipboard. */
export async function pasteFiles(page: Page, paths: string[]): Promise<void> {
  const files = await pageFiles(paths);
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], file.name, { type: file.type }));
    }
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, files);
}

/** The photo rows in the profile's database. */
export function photoRows(spalt: SpaltServer): Array<Record<string, unknown>> {
  return spalt.readDatabase((db) => db.prepare('SELECT * FROM photos ORDER BY seq').all() as Array<Record<string, unknown>>);
}
