import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { EXCHANGE_EXTENSION } from '../../../../shared/exchange/extension';
import { type ImportedFile } from '../../../../shared/host-api/contract';
import { HostError } from '../../../../shared/host-api/errors';
import { Button, useToast } from '../../components';
import { readChosenFile } from '../../files';
import { useHost } from '../../host';
import { describeRefusal, useDescribeError } from '../../i18n/describe-error';
import { queueMerge } from './pending-merges';

type Props = {
  /** Ids of the programs in the library now. */
  knownPrograms: ReadonlySet<string>;
  onImported: (programId: string) => void;
};

/**
 * Takes a .cotutor file: a program that is new here is added to the library; a
 * program that is already here opens and merges the file, exactly as syncing would.
 */
export function ImportButton({ knownPrograms, onImported }: Props) {
  const { t } = useTranslation('exchange');
  const host = useHost();
  const toast = useToast();
  const describe = useDescribeError();
  const { t: tErrors } = useTranslation('errors');
  const input = useRef<HTMLInputElement>(null);

  const take = async (file: ImportedFile) => {
    // Loaded on first use: the zip and schema code is not needed to show the library.
    const { readExchangeFile } = await import('../../../../shared/exchange/cotutor-file');
    const read = readExchangeFile(file.bytes);
    if (!read.ok) {
      toast({
        message: t('refused', { name: file.name, reason: describeRefusal(read.reason, tErrors) }),
      });
      return;
    }
    const { programId, title } = read.file.manifest;
    if (knownPrograms.has(programId)) {
      queueMerge(programId, {
        fileName: file.name,
        state: read.file.state,
        review: read.file.review,
      });
      onImported(programId);
      return;
    }
    try {
      await host.library.importProgram({ file: file.bytes });
      toast({ message: t('imported', { title, name: file.name }) });
      onImported(programId);
    } catch (error) {
      toast({ message: t('importFailed', { message: describe(error) }) });
    }
  };

  const choose = async () => {
    try {
      const file = await host.files.openImport();
      if (file !== null) await take(file);
    } catch (error) {
      // The browser preview has no system dialog: the page asks for the file itself.
      if (error instanceof HostError && error.code === 'unsupported') input.current?.click();
      else toast({ message: t('importFailed', { message: describe(error) }) });
    }
  };

  return (
    <>
      <Button aria-label={t('importLabel')} title={t('importLabel')} onClick={() => void choose()}>
        {t('import')}
      </Button>
      <input
        ref={input}
        type="file"
        accept={EXCHANGE_EXTENSION}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          void readChosenFile(event.target).then((file) =>
            file === null ? undefined : take(file),
          );
        }}
      />
    </>
  );
}
