import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the Electron executable is, or why there is none. `require('electron')`
 * is not used: it tries to download the binary, which these machines cannot.
 * The npm package records the executable's path inside dist/ in path.txt once
 * the binary has been installed.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  let packageDirectory: string;
  try {
    packageDirectory = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile))
    return { missing: `${pathFile} does not exist (the binary was never downloaded)` };
  const executable = join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { missing: `${executable} does not exist` };
  return { path: executable };
}
