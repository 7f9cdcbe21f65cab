/**
 * The desktop app's menus as a template: no electron import beyond types, so the menus, their
 * shortcuts and what each item does are unit-tested under Node.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/app-commands';
import { translate, type Language } from '../../shared/i18n';
import { builtKey } from '../../shared/i18n/built-keys';

const menuKeys = [
  'file',
  'edit',
  'view',
  'window',
  'help',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'reload',
  'devTools',
  'fullScreen',
  'minimize',
  'close',
  'quit',
  'hide',
  'about',
  'newArticle',
  'importPhotos',
  'publish',
  'search',
  'settings',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'showDataFolder',
  'showLogFile',
  'manual',
] as const;

export type MenuKey = (typeof menuKeys)[number];

function labelsFor(language: Language): Record<MenuKey, string> {
  return Object.fromEntries(menuKeys.map((key) => [key, translate(language, builtKey('menu.', key))])) as Record<MenuKey, string>;
}

/** What the menu items do beyond Electron's roles. */
export interface MenuActions {
  /** A command the window carries out (a new article, the publish dialog …). */
  command: (command: AppCommand) => void;
  showDataFolder: () => void;
  showLogFile: () => void;
  openManual: () => void;
}

export interface MenuOptions {
  language: Language;
  /** Reload and developer tools exist only while developing. */
  isDev: boolean;
  platform?: NodeJS.Platform;
  actions: MenuActions;
}

export function menuTemplate({ language, isDev, platform = process.platform, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const t = labelsFor(language);
  const isMac = platform === 'darwin';
  const command = (name: AppCommand) => () => actions.command(name);
  const settings: MenuItemConstructorOptions = { label: t.settings, accelerator: 'CmdOrCtrl+,', click: command('settings') };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }]
    : [];
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.newArticle, accelerator: 'CmdOrCtrl+N', click: command('article.new') },
        { label: t.importPhotos, click: command('photos.import') },
        { label: t.publish, accelerator: 'CmdOrCtrl+Shift+P', click: command('publish') },
        { type: 'separator' },
        { label: t.showDataFolder, click: actions.showDataFolder },
        // On macOS the settings live in the application menu.
        ...(isMac ? [] : [{ type: 'separator' as const }, settings]),
        { type: 'separator' },
        { role: 'close', label: t.close },
        ...(isMac ? [] : [{ role: 'quit' as const, label: t.quit }]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { type: 'separator' },
        { role: 'selectAll', label: t.selectAll },
        { type: 'separator' },
        { label: t.search, accelerator: 'CmdOrCtrl+F', click: command('search') },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...devItems,
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [
        { label: t.manual, click: actions.openManual },
        { label: t.showLogFile, click: actions.showLogFile },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const, label: t.about }]),
      ],
    },
  ];
  // On macOS the first menu is the application menu, where Settings and Quit belong.
  if (isMac) {
    template.unshift({
      label: 'Spalt',
      submenu: [
        { role: 'about', label: t.about },
        { type: 'separator' },
        { ...settings, label: `${t.settings}…` },
        { type: 'separator' },
        { role: 'hide', label: t.hide },
        { role: 'quit', label: t.quit },
      ],
    });
  }
  return template;
}
