import { describe, expect, it } from 'vitest';

import { formatInvite, parseInvite } from '../../shared/sync/invite';
import { roomKeyEndpoint, roomUrl } from '../../shared/sync/room';

const INVITE = {
  server: 'wss://sync.example.org/cotutor',
  programId: '0ede2feb-e297-40c4-b105-b261bdc68fce',
  key: 'q9JxS2vT8mYk0LrB3wZc5NfHg7Ua1Ep4Do6Ii',
  title: 'CLIL апта, Павлодар 🎓',
};

describe('invites', () => {
  it('round-trip, title and all, and survive being wrapped by a mail program', () => {
    const text = formatInvite(INVITE);
    expect(text.startsWith('cotutor://join/0ede2feb-')).toBe(true);
    expect(parseInvite(text)).toEqual({ ok: true, invite: INVITE });
    const wrapped = `  ${text.slice(0, 40)}\n${text.slice(40)}  `;
    expect(parseInvite(wrapped)).toEqual({ ok: true, invite: INVITE });
  });

  it('refuse what is not an invite, with the reason', () => {
    for (const text of [
      '',
      'hello',
      'https://example.org/join/x',
      'cotutor://other/x?server=ws://a&key=b',
    ]) {
      expect(parseInvite(text)).toMatchObject({ ok: false, reason: 'not-an-invite' });
    }
  });

  it('refuse short keys, bad servers and bad program ids', () => {
    const bad = [
      { ...INVITE, key: 'short' },
      { ...INVITE, server: 'https://sync.example.org' },
      { ...INVITE, programId: 'not-a-uuid' },
    ];
    for (const invite of bad) {
      expect(parseInvite(formatInvite(invite))).toMatchObject({
        ok: false,
        reason: 'damaged',
        error: expect.stringMatching(/incomplete or damaged/),
      });
    }
  });

  it('name the room and the key endpoint on the server', () => {
    expect(roomUrl('ws://127.0.0.1:4000/', INVITE.programId, 'k+y')).toBe(
      `ws://127.0.0.1:4000/${INVITE.programId}?key=k%2By`,
    );
    expect(roomKeyEndpoint('wss://sync.example.org/cotutor', INVITE.programId)).toBe(
      `https://sync.example.org/cotutor/rooms/${INVITE.programId}/key`,
    );
  });
});

describe('invites to a server with a pinned certificate', () => {
  const PIN = 'Vh1M5dDhYLJmPdS8aG7bYtmV1Zp2x0Q7nO3kqfR9Lc4';
  const PINNED = { ...INVITE, server: 'wss://192.168.1.23:47020', pin: PIN };

  it('carry the pin there and back', () => {
    const text = formatInvite(PINNED);
    expect(text).toContain(`pin=${PIN}`);
    expect(parseInvite(text)).toEqual({ ok: true, invite: PINNED });
  });

  it('without a pin still join a server with a certificate of its own', () => {
    expect(parseInvite(formatInvite(INVITE))).toEqual({ ok: true, invite: INVITE });
    expect(formatInvite(INVITE)).not.toContain('pin=');
  });

  it('refuse a pin on plain ws://, or a pin that is no SHA-256, as damaged', () => {
    for (const invite of [
      { ...PINNED, server: 'ws://192.168.1.23:47020' },
      { ...PINNED, pin: PIN.slice(1) },
      { ...PINNED, pin: `${PIN.slice(1)}+` },
    ]) {
      expect(parseInvite(formatInvite(invite))).toMatchObject({ ok: false, reason: 'damaged' });
    }
  });
});
