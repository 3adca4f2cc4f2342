import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { buildMenuTemplate } from '../../electron/main/menu/template';
import type { AppCommand } from '../../shared/host-api/contract';

type Platform = 'darwin' | 'win32' | 'linux';

function menuFor(platform: Platform, isDev = false) {
  const send = vi.fn<(command: AppCommand) => void>();
  const template = buildMenuTemplate({ platform, isDev, appName: 'Cotutor', send });
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
    expect(roles).toContain('windowMenu');
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
        ? ['Cotutor', 'File', 'Edit', 'View', 'windowMenu', 'help']
        : ['File', 'Edit', 'View', 'windowMenu', 'help'],
    );
    const file = template.find((item) => item.label === 'File')!
      .submenu as MenuItemConstructorOptions[];
    expect(file.some((item) => item.role === 'quit')).toBe(!mac);
  });
});
