import { describe, expect, it } from 'vitest';

import { SharedProvider } from '../../renderer/src/sync/shared-provider';

/** A provider that counts what the wrapper asks of it. */
function fakeProvider() {
  return {
    connects: 0,
    disconnects: 0,
    connect() {
      this.connects += 1;
    },
    disconnect() {
      this.disconnects += 1;
    },
  };
}

describe('the reference-counted provider', () => {
  it('connects on the first lease and disconnects on the last release only', () => {
    const provider = fakeProvider();
    const shared = new SharedProvider<typeof provider>();
    shared.replace(provider);
    expect(provider.connects).toBe(0);

    const session = shared.acquire();
    const editorA = shared.acquire();
    const editorB = shared.acquire();
    expect(provider.connects).toBe(1);

    editorA();
    editorB();
    expect(provider.disconnects).toBe(0);
    expect(shared.isConnected).toBe(true);

    session();
    expect(provider.disconnects).toBe(1);
    expect(shared.isConnected).toBe(false);
  });

  it('ignores a lease released twice, so one unmounting editor cannot disconnect the others', () => {
    const provider = fakeProvider();
    const shared = new SharedProvider<typeof provider>();
    shared.replace(provider);
    const session = shared.acquire();
    const editor = shared.acquire();
    editor();
    editor();
    expect(shared.leases).toBe(1);
    expect(provider.disconnects).toBe(0);
    session();
    expect(provider.disconnects).toBe(1);
  });

  it('counts leases taken before there is a provider, and connects the provider put in later', () => {
    const shared = new SharedProvider<ReturnType<typeof fakeProvider>>();
    const release = shared.acquire();
    const provider = fakeProvider();
    shared.replace(provider);
    expect(provider.connects).toBe(1);
    release();
    expect(provider.disconnects).toBe(1);
  });

  it('swaps providers under held leases: the old one disconnects, the new one connects', () => {
    const first = fakeProvider();
    const second = fakeProvider();
    const shared = new SharedProvider<ReturnType<typeof fakeProvider>>();
    shared.replace(first);
    shared.acquire();
    expect(shared.replace(second)).toBe(first);
    expect(first).toMatchObject({ connects: 1, disconnects: 1 });
    expect(second).toMatchObject({ connects: 1, disconnects: 0 });

    expect(shared.replace(null)).toBe(second);
    expect(second.disconnects).toBe(1);
    expect(shared.isConnected).toBe(false);
  });

  it('holds the connection back while suspended and resumes it with the leases it had', () => {
    const provider = fakeProvider();
    const shared = new SharedProvider<typeof provider>();
    shared.replace(provider);
    const release = shared.acquire();
    shared.setSuspended(true);
    expect(provider.disconnects).toBe(1);
    shared.acquire();
    expect(provider.connects).toBe(1);
    shared.setSuspended(false);
    expect(provider.connects).toBe(2);
    release();
    expect(provider.disconnects).toBe(1);
  });

  it('stays disconnected after close, whatever late releases and leases do', () => {
    const provider = fakeProvider();
    const shared = new SharedProvider<typeof provider>();
    shared.replace(provider);
    const release = shared.acquire();
    expect(shared.close()).toBe(provider);
    expect(provider.disconnects).toBe(1);
    release();
    shared.acquire();
    expect(provider).toMatchObject({ connects: 1, disconnects: 1 });
  });
});
