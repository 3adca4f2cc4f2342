import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../../electron/services/storage/settings-store';
import {
  contrastRatio,
  paletteColorOf,
  USER_COLORS,
} from '../../renderer/src/features/preferences/palette';

describe('the user colour palette', () => {
  it('holds 8 distinct #rrggbb colours', () => {
    expect(USER_COLORS).toHaveLength(8);
    expect(new Set(USER_COLORS.map((color) => color.value)).size).toBe(8);
    for (const color of USER_COLORS) expect(color.value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('carries white name labels at WCAG AA contrast (4.5:1) in every colour', () => {
    for (const color of USER_COLORS) {
      expect(contrastRatio(color.value, '#ffffff'), color.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("starts with the settings' default colour, so a new user's colour is in it", () => {
    expect(USER_COLORS[0].value).toBe(DEFAULT_SETTINGS.userColor);
  });

  it('finds a stored colour whatever its letter case, and nothing for other colours', () => {
    expect(paletteColorOf(DEFAULT_SETTINGS.userColor.toUpperCase())?.id).toBe(USER_COLORS[0].id);
    expect(paletteColorOf('#123456')).toBeNull();
  });

  it('computes contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
