import './export-dialog.css';

import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { NOW } from '../../app/route';
import { Button, ChoiceGroup, Dialog, useToast } from '../../components';
import { exportFileName, saveFile } from '../../files';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';
import { useApprovedVersion } from '../approval/use-approved-version';
import { keepExportVersion } from '../history/keep-export-version';
import { useProgramState } from '../history/use-program-state';
import { useVersionKeeper } from '../history/use-version-keeper';
import { useVersionName } from '../history/version-labels';
import { usePreferences } from '../preferences/preferences-context';
import {
  currentScope,
  exportBaseName,
  type ExportScope,
  printSubject,
  scopeKey,
  sessionChoices,
} from './export-scope';
import { type ExportChoices, ExportOptions } from './ExportOptions';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { exportBytes, type ExportStep } from './make-export';
import { useAgendaDays } from './use-agenda-days';
import { useDefaultLabelsLanguage, useExportWords } from './use-export-words';
import { useProgramSnapshot } from './use-program-snapshot';
import { useReviewNotes } from './use-review-notes';

/** What is exported: the program as it is, or the version approved for delivery. */
type ExportSource = 'now' | 'approved';

type Props = {
  /** The whole program, or the session the user was looking at. */
  initialScope: ExportScope;
  onClose: () => void;
};

/**
 * Export to PDF or Word: choose what and how, look at the print preview, save.
 * The preview is the very print view the PDF is made from. While the file is
 * made a progress bar shows the stage; a failure is said in the dialog, which
 * stays open so nothing chosen is lost. When a version is approved for
 * delivery, it can be exported instead of the program as it is: its body is
 * loaded into a document of its own and exported the same way.
 */
export function ExportDialog({ initialScope, onClose }: Props) {
  const { t } = useTranslation('export');
  const host = useHost();
  const describe = useDescribeError();
  const toast = useToast();
  const { settings } = usePreferences();
  const keeper = useVersionKeeper();
  const nameOf = useVersionName();
  const approved = useApprovedVersion();
  const [source, setSource] = useState<ExportSource>('now');
  const fromApproved = source === 'approved' && approved !== null;
  const opened = useProgramState(fromApproved ? approved.version.id : NOW);
  const program = useProgramSnapshot(opened.state === 'ready' ? opened.doc : null);
  const [choices, setChoices] = useState<ExportChoices>({
    scope: initialScope,
    format: 'pdf',
    paperSize: settings?.paperSize ?? 'a4',
    labelsLanguage: useDefaultLabelsLanguage(),
    withComments: false,
    withDeliveryNotes: false,
    withBalance: true,
  });
  const [step, setStep] = useState<ExportStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Closing the dialog mid-export means "never mind": the file is not saved.
  const closed = useRef(false);

  // The document's words may be in another language than the interface's (loaded on demand).
  const { words, ready: wordsReady } = useExportWords(choices.labelsLanguage);
  const { labels, dates } = words;
  const sessions = useMemo(() => (program === null ? [] : sessionChoices(program)), [program]);
  const days = useAgendaDays(program);
  const scope = currentScope(choices.scope, sessions, days.length);
  // The day agenda is a PDF only, and prints no comments.
  const isAgenda = scope.kind === 'agenda';
  const format = isAgenda ? 'pdf' : choices.format;
  const withComments = !isAgenda && choices.withComments;
  const withDeliveryNotes = scope.kind === 'program' && choices.withDeliveryNotes;
  const withBalance = scope.kind === 'program' && choices.withBalance;
  const key = scopeKey(scope);
  const plain = useMemo(
    () =>
      program === null
        ? null
        : printSubject(program, scope, labels, dates, {
            deliveryNotes: withDeliveryNotes,
            withBalance,
          }),
    // The scope object is rebuilt on every render; its key is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [program, key, labels, dates, withDeliveryNotes, withBalance],
  );
  const review = useReviewNotes(withComments, plain, labels, dates);
  const subject = useMemo(
    () => (plain === null || review === undefined ? plain : { ...plain, review }),
    [plain, review],
  );

  const close = () => {
    closed.current = true;
    onClose();
  };

  const run = async () => {
    if (program === null || subject === null || step !== null || !wordsReady) return;
    setError(null);
    const base = exportBaseName(program, scope, labels);
    const name = exportFileName(withComments ? words.reviewCopyName(base) : base, `.${format}`);
    const { paperSize } = choices;
    try {
      const bytes = await exportBytes(
        { subject, labels, language: words.language, format, paperSize },
        host,
        setStep,
      );
      if (closed.current) return;
      setStep('saving');
      const outcome = await saveFile(host, name, bytes, { reveal: true });
      if (outcome === 'cancelled') return;
      // The approved version is kept already; the program as it is, exported, is kept now.
      if (!fromApproved) keepExportVersion(keeper);
      toast({ message: t(outcome === 'saved' ? 'dialog.saved' : 'dialog.downloaded', { name }) });
      close();
    } catch (failure) {
      setError(t('dialog.failed', { message: describe(failure) }));
    } finally {
      setStep(null);
    }
  };

  const running = step !== null;
  return (
    <Dialog
      open
      className="export-dialog"
      title={t('dialog.title')}
      onClose={close}
      onSubmit={() => void run()}
      footer={
        <>
          {step !== null ? <ExportProgress step={step} format={format} /> : null}
          <Button onClick={close}>{t('dialog.cancel')}</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={running || subject === null || !wordsReady}
          >
            {format === 'pdf' ? t('dialog.savePdf') : t('dialog.saveDocx')}
          </Button>
        </>
      }
    >
      <div className="export-layout" aria-busy={running}>
        <div className="export-side">
          {approved !== null ? (
            <fieldset className="export-options" disabled={running}>
              <ChoiceGroup
                legend={t('dialog.source')}
                value={source}
                options={[
                  { value: 'now', label: t('dialog.sourceNow') },
                  {
                    value: 'approved',
                    label: t('dialog.sourceApproved', { version: nameOf(approved.version) }),
                  },
                ]}
                onChange={setSource}
              />
            </fieldset>
          ) : null}
          <ExportOptions
            choices={{ ...choices, scope }}
            sessions={sessions}
            days={days}
            onChange={(next) => {
              setChoices(next);
              setError(null);
            }}
            disabled={running}
          />
          {opened.state === 'failed' ? (
            <p className="export-error" role="alert">
              {t('dialog.sourceFailed', { message: describe(opened.error) })}
            </p>
          ) : null}
          {error !== null ? (
            <p className="export-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        {subject !== null ? (
          <ExportPreview
            document={{ ...subject, labels }}
            paperSize={choices.paperSize}
            language={words.language}
          />
        ) : null}
      </div>
    </Dialog>
  );
}
