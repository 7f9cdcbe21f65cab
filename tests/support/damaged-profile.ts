/**
 * Real profiles, written through the core as a journalist's saves write them, and real damage
 * to their files: pages in the middle of the file overwritten, as a failing disk or a copy cut
 * short leaves them.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../main/core';
import type { ArticleDraft } from '../../shared/article/article';
import { articleBlocks, bodyDocument } from '../bench/swedish-text';

export interface WrittenArticle {
  id: string;
  seq: number;
  headline: string;
  lead: string;
}

export function draftFor(index: number, words = 400): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline: `Artikel ${index}: nyheter från Södertälje`,
    lead: `Ingress nummer ${index}.`,
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: bodyDocument(articleBlocks(words, index + 1)),
  };
}

/** Writes `count` articles (each created, then saved twice) into a new profile in `dataDir`. */
export async function writeProfile(dataDir: string, count: number): Promise<WrittenArticle[]> {
  const core = createCore({ dataDir, version: 'test', outbox: { worker: false } });
  const written: WrittenArticle[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const { id } = await core.handlers['articles.create']({ kind: 'news' });
      const draft = draftFor(i);
      await core.handlers['articles.save']({ id, baseRevision: 0, draft: { ...draft, headline: `Utkast ${i}` } });
      await core.handlers['articles.save']({ id, baseRevision: 1, draft });
      const seq = core.db.prepare('SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number;
      written.push({ id, seq, headline: draft.headline, lead: draft.lead });
    }
  } finally {
    core.close();
  }
  return written;
}

/** The pages of one table or index (by SQLite's dbstat), in file order. */
export function pagesOf(file: string, name: string, pagetype?: 'leaf' | 'internal' | 'overflow'): number[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare('SELECT pageno FROM dbstat WHERE name = ? AND (? IS NULL OR pagetype = ?) ORDER BY pageno')
      .pluck()
      .all(name, pagetype ?? null, pagetype ?? null) as number[];
    return rows;
  } finally {
    db.close();
  }
}

export const pageSize = 4096;

/** Overwrites whole pages (numbered from 1) with a pattern no SQLite page has. */
export function damagePages(file: string, pages: number[]): void {
  const fd = openSync(file, 'r+');
  try {
    for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** `count` leaf pages of the articles table from the middle of the file. */
export function middleArticlePages(file: string, count: number): number[] {
  const leaves = pagesOf(file, 'articles', 'leaf');
  const start = Math.max(0, Math.floor(leaves.length / 2) - Math.floor(count / 2));
  return leaves.slice(start, start + count);
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The database file and whatever lies beside it, by content: the proof nothing was written. */
export function fingerprint(file: string): Record<string, string> {
  const found: Record<string, string> = {};
  found.main = sha256(file);
  // An empty log beside it (SQLite makes one when a reader opens the file) holds nothing.
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) found.wal = sha256(wal);
  return found;
}

/** The articles a point lookup by seq still reads in the damaged file. */
export function readableArticles(file: string, articles: WrittenArticle[]): WrittenArticle[] {
  const db = new Database(file, { readonly: true });
  try {
    const get = db.prepare('SELECT id, headline FROM articles WHERE seq = ?');
    return articles.filter((article) => {
      try {
        const row = get.get(article.seq) as { id: string; headline: string } | undefined;
        return row?.id === article.id;
      } catch {
        return false;
      }
    });
  } finally {
    db.close();
  }
}

export const profileFile = (dataDir: string) => join(dataDir, 'spalt.sqlite');

/**
 * A checkpoint by a connection of another program (a backup tool's, say). Besides folding the
 * log into the file, it makes a running core read pages from the file again instead of from
 * its memory, as it does anyway once they leave its cache: so damage made afterwards is met.
 */
export function checkpointFromOutside(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
