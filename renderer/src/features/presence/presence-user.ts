import type { Settings } from '../../../../shared/host-api/contract';
import type { PresenceUser } from '../../sync/presence-state';
import { contrastRatio, USER_COLORS } from '../preferences/palette';

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Who this user is to the others: the name and colour from the preferences.
 * Someone who never set a name is shown as the default name, in a palette
 * colour picked from their client id, so that two fresh installations in one
 * program are still told apart.
 */
export function presenceUserOf(
  settings: Settings | null,
  defaultName: string,
  clientId: number,
): PresenceUser {
  const name = settings?.userName.trim() ?? '';
  if (name !== '' && settings !== null && COLOR.test(settings.userColor)) {
    return { name, color: settings.userColor.toLowerCase() };
  }
  const color = USER_COLORS[clientId % USER_COLORS.length]?.value ?? USER_COLORS[0].value;
  return { name: name === '' ? defaultName : name, color };
}

/** White on the palette's colours; dark text on a light colour someone set elsewhere. */
export function textColorOn(color: string): string {
  return contrastRatio(color, '#ffffff') >= 4.5 ? '#ffffff' : '#1c2330';
}
