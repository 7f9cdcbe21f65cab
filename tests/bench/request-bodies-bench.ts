/**
 * The request-body half of `npm run bench` (`npx tsx tests/bench/run.ts bodies`): browser mode's
 * real process (`npm run serve`'s program) receives 60 MB request bodies, one or several at once, and the
 * table gives the process's peak resident memory (VmHWM from /proc, Linux only) and what each
 * request was answered. Each scenario runs in a fresh process, since the peak only grows.
 * Prints a table; asserts nothing.
 */
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSpaltProcess, type SpaltProcess } from '../support/spalt-process';

const bodyBytes = 60 * 1024 * 1024;

interface Scenario {
  name: string;
  operation: string;
  /** How many bodies are sent at once. */
  count: number;
  /** Sent in pieces with no Content-Length, so the server cannot know the size in advance. */
  chunked: boolean;
}

const scenarios: Scenario[] = [
  { name: '1 × photos.import, Content-Length', operation: 'photos.import', count: 1, chunked: false },
  { name: '5 × photos.import, Content-Length', operation: 'photos.import', count: 5, chunked: false },
  { name: '10 × photos.import, Content-Length', operation: 'photos.import', count: 10, chunked: false },
  { name: '5 × photos.import, chunked', operation: 'photos.import', count: 5, chunked: true },
  { name: '5 × articles.save, Content-Length', operation: 'articles.save', count: 5, chunked: false },
];

/** A JSON body of `bytes` bytes: a file name and base64 that is no image. */
function body(bytes: number): Buffer {
  const head = '{"fileName":"stor.jpg","data":{"$bytes":"';
  const tail = '"}}';
  const base64Length = Math.floor((bytes - head.length - tail.length) / 4) * 4;
  const text = Buffer.alloc(head.length + base64Length + tail.length, 'QUJD');
  text.write(head, 0, 'latin1');
  text.write(tail, head.length + base64Length, 'latin1');
  return text;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function send(spalt: SpaltProcess, operation: string, data: Buffer, chunked: boolean): Promise<string> {
  const url = new URL(spalt.origin);
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `/api/invoke/${operation}`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-spalt-token': spalt.token,
          ...(chunked ? {} : { 'content-length': data.length }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(`${res.statusCode} ${/"code":"(\w+)"/.exec(text)?.[1] ?? ''}`.trim()));
      },
    );
    req.on('error', (error) => resolve(`error ${error.message}`));
    if (!chunked) {
      req.end(data);
      return;
    }
    for (let at = 0; at < data.length; at += 1024 * 1024) req.write(data.subarray(at, at + 1024 * 1024));
    req.end();
  });
}

async function runScenario(scenario: Scenario, data: Buffer): Promise<{ peak: number; idle: number; answers: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-bench-bodies-'));
  const spalt = await startSpaltProcess(dataDir);
  try {
    const pid = spalt.child.pid ?? 0;
    const idle = peakRssMb(pid);
    const answers = await Promise.all(
      Array.from({ length: scenario.count }, () => send(spalt, scenario.operation, data, scenario.chunked)),
    );
    const counts = new Map<string, number>();
    for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
    return { peak: peakRssMb(pid), idle, answers: [...counts].map(([answer, n]) => `${n}× ${answer}`).join(', ') };
  } finally {
    await spalt.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runRequestBodiesBench(): Promise<void> {
  const data = body(bodyBytes);
  console.log(`\nBrowser mode: concurrent request bodies of ${bodyBytes / 1024 / 1024} MB each (peak RSS of the server process)\n`);
  console.log('| scenario | RSS at start | peak RSS | answers |\n|---|---|---|---|');
  for (const scenario of scenarios) {
    const { peak, idle, answers } = await runScenario(scenario, data);
    console.log(`| ${scenario.name} | ${idle} MB | ${peak} MB | ${answers} |`);
  }
}
