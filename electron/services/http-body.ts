import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}

/** Reads a request body as text, refusing (without buffering it) one larger than `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return (await readBodyBytes(request, limit)).toString('utf8');
}

/**
 * Reads a request body, refusing one larger than `limit` bytes: at once when its
 * Content-Length says so, else as soon as the bytes received pass the limit, so
 * that no more than `limit` bytes are ever held.
 */
export async function readBodyBytes(request: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    size += bytes.byteLength;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
