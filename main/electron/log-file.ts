/**
 * The desktop app's log file: in the profile's logs/ folder, at most logMaxBytes, with one
 * older file kept beside it (spalt.old.log). Takes electron-log's logger as a parameter, so the
 * same setup is tested under Node with electron-log/node.
 */
import { join } from 'node:path';
import type { NodeLogger } from 'electron-log';
import { privateFileMode } from '../file-modes';

export const logMaxBytes = 1024 * 1024;

export function logFilePath(dataDir: string): string {
  return join(dataDir, 'logs', 'spalt.log');
}

/** Points the logger's file at the profile and limits its size; returns the file's path. */
export function configureLogFile(logger: NodeLogger, dataDir: string): string {
  const file = logFilePath(dataDir);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = logMaxBytes;
  logger.transports.file.level = 'info';
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  // The log names sites and articles: only the user may read it, as the profile's other files.
  logger.transports.file.writeOptions = { flag: 'a', mode: privateFileMode, encoding: 'utf8' };
  return file;
}
