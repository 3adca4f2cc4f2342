import { useTranslation } from 'react-i18next';

import { EXCHANGE_EXTENSION } from '../../../../shared/exchange/extension';
import { readMeta } from '../../../../shared/model/read';
import { Button, useToast } from '../../components';
import { exportFileName, saveFile } from '../../files';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';
import { useProgramSession } from '../../program';
import { keepExportVersion } from '../history/keep-export-version';
import { useVersionKeeper } from '../history/use-version-keeper';

/** Saves the open program as one .cotutor file, to carry to a computer without a network. */
export function ExportButton() {
  const { t } = useTranslation('exchange');
  const host = useHost();
  const session = useProgramSession();
  const toast = useToast();
  const describe = useDescribeError();
  const keeper = useVersionKeeper();

  const exportProgram = async () => {
    const name = exportFileName(readMeta(session.doc).title, EXCHANGE_EXTENSION);
    try {
      // Loaded on first use: the zip and schema code is not needed to open a program.
      const { writeExchangeFile } = await import('../../../../shared/exchange/cotutor-file');
      // The file carries the comments and versions: not before they are loaded.
      await session.loadReview();
      const bytes = writeExchangeFile(session.doc, session.review, new Date());
      const outcome = await saveFile(host, name, bytes);
      if (outcome !== 'cancelled') keepExportVersion(keeper);
      if (outcome === 'saved') toast({ message: t('exported', { name }) });
    } catch (error) {
      toast({ message: t('exportFailed', { message: describe(error) }) });
    }
  };

  return (
    <Button
      variant="ghost"
      small
      aria-label={t('exportLabel')}
      title={t('exportLabel')}
      onClick={() => void exportProgram()}
    >
      {t('export')}
    </Button>
  );
}
