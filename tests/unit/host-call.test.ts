import { describe, expect, it, vi } from 'vitest';

import { hostFromCall, withoutTrailingUndefined } from '../../renderer/src/host/bridge-host';
import { METHOD_ARGUMENTS } from '../../shared/host-api/schemas';
import { fromWire, toWire } from '../../shared/host-api/wire';

describe('calling the host', () => {
  it('leaves out optional arguments passed as undefined, so they do not reach the host as null', async () => {
    const call = vi.fn(async () => ({ saved: true }));
    const host = hostFromCall(call, () => () => undefined);
    const bytes = new Uint8Array([1, 2, 3]);
    await host.files.saveExport('week.cotutor', bytes, undefined);
    expect(call).toHaveBeenLastCalledWith('files', 'saveExport', ['week.cotutor', bytes]);
    await host.files.saveExport('week.pdf', bytes, { reveal: true });
    expect(call).toHaveBeenLastCalledWith('files', 'saveExport', ['week.pdf', bytes, { reveal: true }]);
  });

  it('keeps undefined between arguments, where it means something', () => {
    expect(withoutTrailingUndefined(['a', undefined, 'c', undefined, undefined])).toEqual(['a', undefined, 'c']);
    expect(withoutTrailingUndefined([undefined])).toEqual([]);
  });

  it('is understood by the host over the wire, where a trailing null is not', () => {
    const schema = METHOD_ARGUMENTS.files.saveExport;
    const bytes = new Uint8Array([1]);
    expect(schema.safeParse(fromWire(toWire(withoutTrailingUndefined(['week.cotutor', bytes, undefined])))).success).toBe(true);
    expect(schema.safeParse(fromWire(toWire(['week.cotutor', bytes, undefined]))).success).toBe(false);
  });
});
