import { z } from 'zod';

/**
 * An invite: everything another co-tutor needs to join a shared program — the
 * sync server, the program and its secret key. Written as a URL so that it can be
 * pasted anywhere (mail, chat) and read back with `new URL`:
 *
 *   cotutor://join/<program id>?server=<wss://…>&key=<base64url>&title=<title>
 */

export const INVITE_PROTOCOL = 'cotutor:';
/** 128 random bits at the least: 22 base64url characters. */
export const MIN_KEY_LENGTH = 22;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const inviteSchema = z.object({
  server: z.string().refine(isSyncServerUrl, 'a ws:// or wss:// address'),
  programId: z.string().regex(UUID, 'a program id'),
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'a key in base64url')
    .min(MIN_KEY_LENGTH, `a key of at least ${MIN_KEY_LENGTH} characters`)
    .max(256),
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
  return { ok: true, invite: parsed.data };
}
