/**
 * The one Content-Security-Policy of the renderer, sent by the web host as a
 * header and set by the Electron shell on its custom protocol. Nothing inline,
 * nothing remote: scripts, styles and fonts come from the app itself; images may
 * also be data:/blob: URLs (pasted or exported pictures); the page talks only to
 * its own origin (the web host's /api). Sync servers are reached by WebSocket, so
 * the shells must add their ws:/wss: origins to connect-src if they enable sync.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
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
