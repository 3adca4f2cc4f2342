import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { errnoOf } from '../../storage/file-system-error';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const FILE = 'hosting-token';

/**
 * <data>/hosting-token: a secret of 256 random bits, made once per data folder
 * and readable by its owner only. The hosted server asks for it when a program's
 * key is registered, so only this app can claim rooms on the server it hosts.
 */
export async function loadRegistrationToken(dataDirectory: string): Promise<string> {
  const file = join(dataDirectory, FILE);
  const existing = await readToken(file);
  if (existing !== null) return existing;
  const token = randomBytes(32).toString('base64url');
  try {
    await writeFile(file, token, { mode: 0o600, flag: 'wx' });
    return token;
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
  }
  // Another start made one meanwhile; a file that is not a token is replaced.
  const raced = await readToken(file);
  if (raced !== null) return raced;
  await writeFile(file, token, { mode: 0o600 });
  await chmod(file, 0o600);
  return token;
}

async function readToken(file: string): Promise<string | null> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
  if (!TOKEN.test(text)) return null;
  // Copied in from elsewhere with looser rights: only the owner may read it.
  if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0)
    await chmod(file, 0o600);
  return text;
}
