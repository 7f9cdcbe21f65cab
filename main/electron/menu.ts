import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n';

const labels = {
  sv: {
    file: 'Arkiv',
    edit: 'Redigera',
    view: 'Visa',
    window: 'Fönster',
    help: 'Hjälp',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    reload: 'Läs in igen',
    devTools: 'Utvecklarverktyg',
    fullScreen: 'Helskärm',
    minimize: 'Minimera',
    close: 'Stäng fönstret',
    quit: 'Avsluta Spalt',
    hide: 'Göm Spalt',
    about: 'Om Spalt',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    devTools: 'Developer Tools',
    fullScreen: 'Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    quit: 'Quit Spalt',
    hide: 'Hide Spalt',
    about: 'About Spalt',
  },
} satisfies Record<Language, Record<string, string>>;

export interface MenuOptions {
  language: Language;
  /** Reload and developer tools exist only while developing. */
  isDev: boolean;
  platform?: NodeJS.Platform;
}

export function menuTemplate({ language, isDev, platform = process.platform }: MenuOptions): MenuItemConstructorOptions[] {
  const t = labels[language];
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
    { label: t.window, role: 'windowMenu', submenu: [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }] },
    { label: t.help, role: 'help', submenu: [{ role: 'about', label: t.about }] },
  ];
  // On macOS the first menu is the application menu, where Quit belongs.
  if (isMac) {
    template.unshift({ label: 'Spalt', submenu: [{ role: 'about', label: t.about }, { type: 'separator' }, { role: 'hide', label: t.hide }, { role: 'quit', label: t.quit }] });
  }
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
