import { z } from 'zod';

/**
 * An invite: everything another co-tutor needs to join a shared program — the
 * sync server, the program and its secret key. Written as a URL so that it can be
 * pasted anywhere (mail, chat) and read back with `new URL`:
 *
 *   cotutor://join/<program id>?server=<wss://…>&key=<base64url>&pin=<base64url>&title=<title>
 *
 * `pin` names the certificate of a server hosted on a co-tutor's computer, which
 * no authority vouches for: the SHA-256 of its public key (SubjectPublicKeyInfo,
 * DER), base64url. A joining app trusts that server only with that key, so
 * nobody on the network can stand in for it. Servers with a certificate from an
 * authority need no pin.
 */

export const INVITE_PROTOCOL = 'cotutor:';
/** 128 random bits at the least: 22 base64url characters. */
export const MIN_KEY_LENGTH = 22;

/** A SHA-256 in base64url without padding: 43 characters. */
export const CERTIFICATE_PIN = /^[A-Za-z0-9_-]{43}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const inviteSchema = z.object({
  server: z.string().refine(isSyncServerUrl, 'a ws:// or wss:// address'),
  programId: z.string().regex(UUID, 'a program id'),
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'a key in base64url')
    .min(MIN_KEY_LENGTH, `a key of at least ${MIN_KEY_LENGTH} characters`)
    .max(256),
  pin: z.string().regex(CERTIFICATE_PIN, 'a certificate pin (SHA-256, base64url)').optional(),
  title: z.string().max(500).optional(),
});

export type Invite = z.infer<typeof inviteSchema>;

export function isSyncServerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function formatInvite(invite: Invite): string {
  const parts = [`server=${encodeURIComponent(invite.server)}`, `key=${invite.key}`];
  if (invite.pin !== undefined) parts.push(`pin=${invite.pin}`);
  if (invite.title !== undefined && invite.title !== '')
    parts.push(`title=${encodeURIComponent(invite.title)}`);
  return `${INVITE_PROTOCOL}//join/${invite.programId}?${parts.join('&')}`;
}

/** Why an invite was refused: the interface explains the reason; `error` is the developer's sentence, for logs. */
export type InviteRefusal = 'not-an-invite' | 'damaged';
export type ParsedInvite =
  { ok: true; invite: Invite } | { ok: false; reason: InviteRefusal; error: string };

/** Reads an invite as pasted (surrounding spaces and line breaks are ignored). */
export function parseInvite(text: string): ParsedInvite {
  const trimmed = text.replace(/\s+/g, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      reason: 'not-an-invite',
      error: 'This is not an invite: it should start with cotutor://join/.',
    };
  }
  const match = /^\/\/join\/([^/?#]+)$/.exec(`//${url.host}${url.pathname}`);
  if (url.protocol !== INVITE_PROTOCOL || match === null) {
    return {
      ok: false,
      reason: 'not-an-invite',
      error: 'This is not an invite: it should start with cotutor://join/.',
    };
  }
  const candidate = {
    server: url.searchParams.get('server') ?? '',
    programId: match[1] ?? '',
    key: url.searchParams.get('key') ?? '',
    ...(url.searchParams.has('pin') ? { pin: url.searchParams.get('pin') ?? '' } : {}),
    ...(url.searchParams.has('title') ? { title: url.searchParams.get('title') ?? '' } : {}),
  };
  const parsed = inviteSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: 'damaged',
      error: `This invite is incomplete or damaged (${issue?.path.join('.')}: ${issue?.message}).`,
    };
  }
  // A pin over plain ws:// would protect nothing: such an invite was altered.
  if (parsed.data.pin !== undefined && new URL(parsed.data.server).protocol !== 'wss:') {
    return {
      ok: false,
      reason: 'damaged',
      error: 'This invite is incomplete or damaged (pin: a pinned server is a wss:// address).',
    };
  }
  return { ok: true, invite: parsed.data };
}
