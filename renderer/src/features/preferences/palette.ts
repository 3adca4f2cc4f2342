/**
 * The colours a user can pick to be recognised by co-tutors when editing
 * together (cursor, name label, presence). Each carries white text at a contrast
 * of at least 4.5:1 (WCAG AA), and they differ in hue so that two co-tutors on
 * the same page are told apart. The first is the settings' default colour.
 */
export const USER_COLORS = [
  { id: 'blue', value: '#2f6fde' },
  { id: 'teal', value: '#0f766e' },
  { id: 'green', value: '#2e7d32' },
  { id: 'amber', value: '#a15c07' },
  { id: 'red', value: '#c62828' },
  { id: 'magenta', value: '#ad1457' },
  { id: 'purple', value: '#7b3fc4' },
  { id: 'slate', value: '#4b5563' },
] as const;

/** The palette entry of a stored colour, or null for a colour set elsewhere. */
export function paletteColorOf(value: string): (typeof USER_COLORS)[number] | null {
  const lower = value.toLowerCase();
  return USER_COLORS.find((color) => color.value === lower) ?? null;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const channel = Number.parseInt(part ?? '0', 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
