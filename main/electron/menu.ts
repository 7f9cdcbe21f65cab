import { Menu, type MenuItemConstructorOptions } from 'electron';
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
] as const;

export type MenuKey = (typeof menuKeys)[number];

function labelsFor(language: Language): Record<MenuKey, string> {
  return Object.fromEntries(menuKeys.map((key) => [key, translate(language, builtKey('menu.', key))])) as Record<MenuKey, string>;
}

export interface MenuOptions {
  language: Language;
  /** Reload and developer tools exist only while developing. */
  isDev: boolean;
  platform?: NodeJS.Platform;
}

export function menuTemplate({ language, isDev, platform = process.platform }: MenuOptions): MenuItemConstructorOptions[] {
  const t = labelsFor(language);
  const isMac = platform === 'darwin';
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }]
    : [];
  const template: MenuItemConstructorOptions[] = [
    { label: t.file, submenu: [{ role: 'close', label: t.close }, ...(isMac ? [] : [{ role: 'quit' as const, label: t.quit }])] },
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
      ],
    },
    { label: t.view, submenu: [...devItems, { role: 'togglefullscreen', label: t.fullScreen }] },
    {
      label: t.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    { label: t.help, role: 'help', submenu: [{ role: 'about', label: t.about }] },
  ];
  // On macOS the first menu is the application menu, where Quit belongs.
  if (isMac) {
    template.unshift({
      label: 'Spalt',
      submenu: [{ role: 'about', label: t.about }, { type: 'separator' }, { role: 'hide', label: t.hide }, { role: 'quit', label: t.quit }],
    });
  }
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
