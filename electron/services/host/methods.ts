import { mkdir, unlink } from 'node:fs/promises';

import type { MethodService } from '../../../shared/host-api/contract';
import { methodFileBytes } from '../../../shared/method/method-file';
import { methodSchema } from '../../../shared/method/schema';
import type { Logger } from '../logger';
import { MethodFolder } from '../methods/method-folder';
import { isMissingFile, replaceFileDurably } from '../storage/durable-file';
import { fileSystemError } from '../storage/file-system-error';
import type { Guard } from './guard';

/**
 * The method library: the methods that come with Cotutor (resources/methods,
 * read on every request, as the templates are) and the co-tutor's own, one
 * file each in the data folder's methods/ (docs/methods.md).
 */
export function methodService(
  folders: { bundled: string | undefined; own: string },
  log: Logger,
  guard: Guard,
): MethodService {
  const bundled =
    folders.bundled === undefined ? null : new MethodFolder(folders.bundled, log, 'bundled method');
  const own = new MethodFolder(folders.own, log, 'own method');
  return {
    bundled: () => guard('Listing the bundled methods', async () => (await bundled?.read()) ?? []),
    own: () => guard('Listing the own methods', () => own.read()),
    saveOwn: ({ method }) =>
      guard(`Saving method ${method.id}`, async () => {
        // Checked again here: the request schema did, but what is written is what is read back.
        const value = methodSchema.parse(method);
        const file = own.fileOf(value.id);
        try {
          await mkdir(own.directory, { recursive: true });
          await replaceFileDurably(file, methodFileBytes(value));
        } catch (error) {
          throw fileSystemError(error, `${value.id}.json`, `Saving ${file}`);
        }
        return value;
      }),
    removeOwn: ({ id }) =>
      guard(`Deleting method ${id}`, async () => {
        const file = own.fileOf(id);
        try {
          await unlink(file);
        } catch (error) {
          // Already gone (deleted in another window): what was asked is done.
          if (!isMissingFile(error)) throw fileSystemError(error, `${id}.json`, `Deleting ${file}`);
        }
      }),
  } satisfies MethodService;
}
