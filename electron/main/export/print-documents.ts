import { randomUUID } from 'node:crypto';

import { PRINT_CSP } from '../../../shared/print/print-csp';
import { APP_SCHEME } from '../security/app-protocol';

/**
 * Where the hidden print window reads its page: app://print/<random>.html in a
 * session of its own. A data: URL would be simpler, but Chromium refuses URLs
 * over 2 MB, and a week of session plans with its fonts can pass that. The
 * documents live in memory only for the length of one print.
 */
export const PRINT_HOST = 'print';
export const PRINT_ORIGIN = `${APP_SCHEME}://${PRINT_HOST}`;

const DOCUMENT_PATH = /^\/([0-9a-f-]{36})\.html$/;

export class PrintDocuments {
  readonly #pages = new Map<string, string>();

  /** Holds the HTML until `remove`; the URL is unguessable, so no other page can name it. */
  add(html: string): { url: string; remove(): void } {
    const id = randomUUID();
    this.#pages.set(id, html);
    return { url: `${PRINT_ORIGIN}/${id}.html`, remove: () => void this.#pages.delete(id) };
  }

  get size(): number {
    return this.#pages.size;
  }

  /**
   * The protocol handler of the print session: a held document with the print
   * CSP as a header (the page also states it), and nothing else at all.
   */
  readonly handle = async (request: Request): Promise<Response> => {
    const html = request.method === 'GET' ? this.#find(request.url) : undefined;
    if (html === undefined)
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    return new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  };

  #find(requestUrl: string): string | undefined {
    let url: URL;
    try {
      url = new URL(requestUrl);
    } catch {
      return undefined;
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== PRINT_HOST) return undefined;
    const id = DOCUMENT_PATH.exec(url.pathname)?.[1];
    return id === undefined ? undefined : this.#pages.get(id);
  }
}

/** Only the document itself and what it carries inside (data: fonts) may load in the print session. */
export function isPrintRequestAllowed(requestUrl: string): boolean {
  return requestUrl.startsWith(`${PRINT_ORIGIN}/`) || requestUrl.startsWith('data:');
}
