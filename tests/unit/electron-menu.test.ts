import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { followLanguage } from '../../electron/main/menu/follow-language';
import { menuLabels } from '../../electron/main/menu/labels';
import { buildMenuTemplate } from '../../electron/main/menu/template';
import type { AppCommand, Settings } from '../../shared/host-api/contract';
import { type Language, LANGUAGES } from '../../shared/i18n/languages';

type Platform = 'darwin' | 'win32' | 'linux';

function menuFor(platform: Platform, isDev = false, language: Language = 'en') {
  const send = vi.fn<(command: AppCommand) => void>();
  const template = buildMenuTemplate({
    platform,
    isDev,
    appName: 'Cotutor',
    send,
    t: menuLabels(language),
  });
  const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  const all = items(template);
  const byLabel = (label: string) => {
    const found = all.filter((item) => item.label === label);
    expect(found, label).toHaveLength(1);
    return found[0]!;
  };
  const click = (label: string) => (byLabel(label).click as () => void)();
  const roles = all.map((item) => item.role).filter(Boolean);
  return { template, all, byLabel, click, send, roles };
}

describe.each<Platform>(['darwin', 'win32', 'linux'])('menu on %s', (platform) => {
  const mac = platform === 'darwin';

  it('sends the interface its commands', () => {
    const menu = menuFor(platform);
    const commands: [string, AppCommand][] = [
      ['New program', 'new-program'],
      ['Show library', 'show-library'],
      ['Undo', 'undo'],
      ['Redo', 'redo'],
      ['Find', 'find'],
      ['Export as PDF or Word…', 'export-document'],
    ];
    for (const [label, command] of commands) {
      menu.click(label);
      expect(menu.send).toHaveBeenLastCalledWith(command);
    }
    expect(menu.send).toHaveBeenCalledTimes(commands.length);
  });

  it('has the usual shortcuts', () => {
    const menu = menuFor(platform);
    expect(menu.byLabel('New program').accelerator).toBe('CmdOrCtrl+N');
    expect(menu.byLabel('Show library').accelerator).toBe('CmdOrCtrl+L');
    expect(menu.byLabel('Find').accelerator).toBe('CmdOrCtrl+F');
    expect(menu.byLabel('Export as PDF or Word…').accelerator).toBe('CmdOrCtrl+P');
    expect(menu.byLabel('Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(menu.byLabel('Redo').accelerator).toBe(
      platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
    );
  });

  it(`${mac ? 'lets the menu own' : 'leaves to the page'} the undo and redo keys`, () => {
    const menu = menuFor(platform);
    expect(menu.byLabel('Undo').registerAccelerator).toBe(mac);
    expect(menu.byLabel('Redo').registerAccelerator).toBe(mac);
  });

  it('keeps the clipboard, zoom, full screen, window and about items as native roles', () => {
    const { roles } = menuFor(platform);
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain('window');
    expect(roles).toContain('minimize');
    expect(roles).toContain('close');
    expect(roles).toContain('quit');
    expect(roles).toContain('about');
  });

  it('offers reload and developer tools only in development', () => {
    expect(menuFor(platform, false).roles).not.toContain('toggleDevTools');
    expect(menuFor(platform, false).roles).not.toContain('reload');
    expect(menuFor(platform, true).roles).toContain('toggleDevTools');
    expect(menuFor(platform, true).roles).toContain('reload');
  });

  it(`${mac ? 'has' : 'has no'} an application menu, and Quit ${mac ? 'there' : 'in File'}`, () => {
    const { template } = menuFor(platform);
    const labels = template.map((item) => item.label ?? item.role);
    expect(labels).toEqual(
      mac
        ? ['Cotutor', 'File', 'Edit', 'View', 'Window', 'Help']
        : ['File', 'Edit', 'View', 'Window', 'Help'],
    );
    const file = template.find((item) => item.label === 'File')!
      .submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(!mac);
  });

  it.each(LANGUAGES)(
    'gives every item a label of its own in %s, native roles included',
    (language) => {
      const { all } = menuFor(platform, true, language);
      const unlabelled = all.filter((item) => item.type !== 'separator' && !item.label);
      expect(unlabelled.map((item) => item.role)).toEqual([]);
    },
  );
});

describe('the menus in the interface’s language', () => {
  it('speak Russian, Kazakh and Dutch, and still send their commands', () => {
    const titles = (language: Language) =>
      menuFor('win32', false, language).template.map((item) => item.label);
    expect(titles('ru')).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(titles('kk')).toEqual(['Файл', 'Түзету', 'Көрініс', 'Терезе', 'Анықтама']);
    expect(titles('nl')).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const russian = menuFor('win32', false, 'ru');
    russian.click('Новая программа');
    expect(russian.send).toHaveBeenLastCalledWith('new-program');
    expect(menuFor('darwin', false, 'ru').byLabel('Завершить Cotutor').role).toBe('quit');
    expect(menuFor('linux', false, 'kk').byLabel('Көшіру').role).toBe('copy');
  });

  it('follow the language setting as it changes, "system" by the system’s languages', async () => {
    const listeners: ((settings: Settings) => void)[] = [];
    let stored = { language: 'system' } as Settings;
    const settings = {
      get: async () => stored,
      onDidChange: (listener: (settings: Settings) => void) => {
        listeners.push(listener);
        return () => void listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    const applied: Language[] = [];
    const stop = await followLanguage(
      settings,
      () => ['nl-BE', 'en'],
      (language) => applied.push(language),
    );
    expect(applied).toEqual(['nl']);
    const change = (language: Settings['language']) => {
      stored = { ...stored, language };
      for (const listener of [...listeners]) listener(stored);
    };
    change('kk');
    change('kk');
    change('nl');
    expect(applied).toEqual(['nl', 'kk', 'nl']);
    stop();
    change('ru');
    expect(applied).toEqual(['nl', 'kk', 'nl']);
  });
});
