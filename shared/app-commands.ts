/**
 * The commands of the desktop app's menus that the window carries out. The menu sends them as
 * the `app.command` event; in browser mode some have keyboard shortcuts of their own.
 */
import { isOneOf } from './one-of';

export const appCommands = ['article.new', 'photos.import', 'publish', 'search', 'settings'] as const;
export type AppCommand = (typeof appCommands)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return isOneOf(appCommands, value);
}
