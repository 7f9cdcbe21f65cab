/** The desktop app's menus: the newsroom's commands with their shortcuts, in Swedish and English, on each system. */
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/app-commands';
import { menuTemplate, type MenuActions } from '../../main/electron/menu-template';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

function recordingActions(): { actions: MenuActions; done: string[] } {
  const done: string[] = [];
  return {
    done,
    actions: {
      command: (command: AppCommand) => done.push(`command:${command}`),
      showDataFolder: () => done.push('showDataFolder'),
      showLogFile: () => done.push('showLogFile'),
      openManual: () => done.push('openManual'),
    },
  };
}

/** Every item, depth first, with the label of the menu it sits in. */
function items(template: MenuItemConstructorOptions[], menu = ''): Array<MenuItemConstructorOptions & { menu: string }> {
  return template.flatMap((item) => [{ ...item, menu }, ...(Array.isArray(item.submenu) ? items(item.submenu, item.label ?? '') : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string) {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('the desktop menus', () => {
  it('hold the newsroom’s commands in Swedish, with their shortcuts, and send each to the window', () => {
    const { actions, done } = recordingActions();
    const template = menuTemplate({ language: 'sv', isDev: false, platform: 'linux', actions });
    expect(template.map((menu) => menu.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);

    const expected: Array<[string, string, string | undefined, string]> = [
      ['Arkiv', 'Ny artikel', 'CmdOrCtrl+N', 'command:article.new'],
      ['Arkiv', 'Importera bilder…', undefined, 'command:photos.import'],
      ['Arkiv', 'Publicera…', 'CmdOrCtrl+Shift+P', 'command:publish'],
      ['Arkiv', 'Visa datamappen', undefined, 'showDataFolder'],
      ['Arkiv', 'Inställningar', 'CmdOrCtrl+,', 'command:settings'],
      ['Redigera', 'Sök', 'CmdOrCtrl+F', 'command:search'],
      ['Hjälp', 'Spalts handbok', undefined, 'openManual'],
      ['Hjälp', 'Visa loggfilen', undefined, 'showLogFile'],
    ];
    for (const [menu, label, accelerator, action] of expected) {
      const item = find(template, label);
      expect([item.menu, item.accelerator]).toEqual([menu, accelerator]);
      done.length = 0;
      click(item);
      expect(done).toEqual([action]);
    }
  });

  it('zooms with Electron’s own roles, and keeps reload and developer tools for development', () => {
    const { actions } = recordingActions();
    const shipped = items(menuTemplate({ language: 'sv', isDev: false, platform: 'win32', actions }));
    expect(shipped.filter((item) => item.menu === 'Visa').map((item) => item.role ?? item.type)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'separator',
      'togglefullscreen',
    ]);
    expect(shipped.find((item) => item.role === 'zoomIn')?.label).toBe('Zooma in');
    expect(shipped.some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(false);
    const developing = items(menuTemplate({ language: 'sv', isDev: true, platform: 'win32', actions }));
    expect(developing.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('puts Settings and Quit in the application menu on macOS, and speaks English when chosen', () => {
    const { actions, done } = recordingActions();
    const template = menuTemplate({ language: 'en', isDev: false, platform: 'darwin', actions });
    expect(template.map((menu) => menu.label)).toEqual(['Spalt', 'File', 'Edit', 'View', 'Window', 'Help']);
    const settings = find(template, 'Settings…');
    expect([settings.menu, settings.accelerator]).toEqual(['Spalt', 'CmdOrCtrl+,']);
    click(settings);
    expect(done).toEqual(['command:settings']);
    const all = items(template);
    expect(all.filter((item) => item.role === 'quit').map((item) => item.menu)).toEqual(['Spalt']);
    expect(all.filter((item) => item.label === 'Settings').length).toBe(0);
    expect(find(template, 'New Article').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'Show Log File').menu).toBe('Help');
  });
});
