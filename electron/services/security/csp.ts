/**
 * The one Content-Security-Policy of the renderer, sent by the web host as a
 * header and set by the Electron shell on its custom protocol. Nothing inline,
 * nothing remote: scripts, styles and fonts come from the app itself; images may
 * also be data:/blob: URLs (pasted or exported pictures); the page fetches only
 * from its own origin (the web host's /api). WebSockets may go to any ws:/wss:
 * origin: each program names its own sync server (an invite, a LAN address of
 * "Host on this computer"), so no fixed list could hold them. The rooms are
 * guarded by their keys, not by this policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carrying the renderer (or its API) gets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
