/**
 * The fuzz's two instruments: plain HTTP requests to the real server process (one kept-alive
 * connection, bytes as given), and a fingerprint of every table of its database, read through a
 * read-only connection of our own.
 */
import { createHash } from 'node:crypto';
import { Agent, request } from 'node:http';
import Database from 'better-sqlite3';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export interface Request {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Sent in pieces with no Content-Length. */
  chunked?: boolean;
}

export function httpClient(origin: string) {
  const { hostname, port } = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return (req: Request): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const body = req.body === undefined ? undefined : Buffer.from(req.body);
      const headers: Record<string, string> = { host: `${hostname}:${port}`, ...req.headers };
      if (body && !req.chunked) headers['content-length'] = String(body.length);
      const outgoing = request(
        { host: hostname, port, path: req.path, method: req.method ?? 'POST', headers, agent, timeout: 60_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in 60 s: ${req.method ?? 'POST'} ${req.path.slice(0, 80)}`)));
      outgoing.on('error', reject);
      if (body && req.chunked) {
        for (let at = 0; at < body.length; at += 64 * 1024) outgoing.write(body.subarray(at, at + 64 * 1024));
        outgoing.end();
      } else {
        outgoing.end(body);
      }
    });
}

/** A hash of every row of every table (search index included), to tell whether anything changed. */
export function databaseFingerprint(file: string): { read: () => string; close: () => void } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const tables = () =>
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return {
    read: () => {
      const hash = createHash('sha256');
      for (const table of tables()) {
        const rows = (
          db
            .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
            .raw()
            .all() as unknown[][]
        ).map((row) => JSON.stringify(row));
        hash.update(`${table}\n${rows.sort().join('\n')}\n`);
      }
      return hash.digest('hex');
    },
    close: () => db.close(),
  };
}
