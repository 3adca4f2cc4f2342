import { fromBase64, toBase64 } from 'lib0/buffer';

/**
 * JSON for the web host's HTTP transport, with byte arrays carried as base64 so
 * that Yjs updates survive the trip unchanged.
 */

type Encoded = { $bytes: string };

function isEncoded(value: unknown): value is Encoded {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Encoded).$bytes === 'string'
  );
}

export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { $bytes: toBase64(item) } : item,
  );
}

/** Parses a request or response body; throws SyntaxError on anything but valid wire JSON. */
export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (!isEncoded(item)) return item;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(item.$bytes))
      throw new SyntaxError('Invalid base64 in message.');
    return fromBase64(item.$bytes);
  });
}
