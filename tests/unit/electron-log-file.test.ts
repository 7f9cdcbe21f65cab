/**
 * The desktop app's log file, set up as the main process sets it up, on electron-log's Node
 * logger (the same file transport as its Electron one): in the profile's logs/ folder, never
 * past its size limit, with one older file kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import log from 'electron-log/node';
import { describe, expect, it } from 'vitest';
import { configureLogFile, logFilePath, logMaxBytes } from '../../main/electron/log-file';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-log-');

describe('the log file', () => {
  it('lives in the data folder, readable by the user alone, and rotates at its size limit, keeping one old file', () => {
    const dataDir = tempDir();
    const logger = log.create({ logId: `spalt-test-${Date.now()}` });
    logger.transports.console.level = false;
    const file = configureLogFile(logger, dataDir);
    expect(file).toBe(logFilePath(dataDir));
    expect(file).toBe(join(dataDir, 'logs', 'spalt.log'));

    logger.info('Spalt startar');
    expect(readFileSync(file, 'utf8')).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[info\]\s+Spalt startar\n$/);

    // Three limits' worth of lines: the file rotates twice, and only one old file stays.
    const line = 'x'.repeat(1000);
    for (let i = 0; i < (3 * logMaxBytes) / 1000; i += 1) logger.info(`${i} ${line}`);
    logger.info('sista raden');
    expect(readdirSync(join(dataDir, 'logs')).sort()).toEqual(['spalt.log', 'spalt.old.log']);
    for (const name of ['spalt.log', 'spalt.old.log']) {
      expect(statSync(join(dataDir, 'logs', name)).size).toBeLessThanOrEqual(logMaxBytes + 2000);
    }
    expect(readFileSync(file, 'utf8').trimEnd().endsWith('sista raden')).toBe(true);
    // Only the user may read either file, the rotated one included.
    for (const name of ['spalt.log', 'spalt.old.log']) expect(statSync(join(dataDir, 'logs', name)).mode & 0o777).toBe(0o600);
  });
});
