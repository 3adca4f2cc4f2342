import './library.css';

import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api/contract';
import { Button, Dialog, useToast } from '../../components';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';
import { ImportButton } from '../exchange/ImportButton';
import { PreferencesButton } from '../preferences/PreferencesButton';
import { JoinButton } from '../sharing/JoinButton';
import { CreateProgramDialog } from './CreateProgramDialog';
import { ProgramRow } from './ProgramRow';
import { RenameDialog } from './RenameDialog';
import { useLibrary } from './use-library';

type Props = {
  creating: boolean;
  onCreatingChange: (creating: boolean) => void;
  onOpen: (programId: string) => void;
};

/** All programs in the local store, with what can be done to a whole program. */
export function LibraryScreen({ creating, onCreatingChange, onOpen }: Props) {
  const { t } = useTranslation('library');
  const describe = useDescribeError();
  const host = useHost();
  const toast = useToast();
  const filterId = useId();
  const { programs, error } = useLibrary();
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<ProgramSummary | null>(null);
  const [deleting, setDeleting] = useState<ProgramSummary | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (programs ?? []).filter((program) => program.title.toLocaleLowerCase().includes(needle));
  }, [programs, query]);
  const knownPrograms = useMemo(
    () => new Set((programs ?? []).map((program) => program.id)),
    [programs],
  );

  const attempt = useCallback(
    async (action: () => Promise<void>) => {
      try {
        setActionError(null);
        await action();
      } catch (failure) {
        setActionError(describe(failure));
      }
    },
    [describe],
  );

  const duplicate = useCallback(
    (program: ProgramSummary) =>
      void attempt(async () => {
        const copy = await host.library.duplicate({ id: program.id });
        toast({ message: t('duplicated', { title: copy.title }) });
      }),
    [attempt, host, toast, t],
  );

  // A joined program is opened at once: it waits there for its first sync.
  const joined = (program: ProgramSummary) => onOpen(program.id);

  const remove = async (program: ProgramSummary) => {
    setDeleting(null);
    await attempt(async () => {
      await host.library.remove({ id: program.id });
      toast({
        message: t('deleted', { title: program.title }),
        action: {
          label: t('actions.undo', { ns: 'common' }),
          run: () =>
            void attempt(async () => {
              await host.library.restore({ id: program.id });
            }),
        },
      });
    });
  };

  return (
    <div className="library">
      <header className="library-header">
        <div className="library-brand">
          <span className="library-logo" aria-hidden="true">
            C
          </span>
          <h1>{t('title')}</h1>
        </div>
        <div className="library-tools">
          <label htmlFor={filterId} className="visually-hidden">
            {t('filter')}
          </label>
          <input
            id={filterId}
            type="search"
            className="input library-filter"
            placeholder={t('filterPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <PreferencesButton />
          <JoinButton onJoined={joined} />
          <ImportButton knownPrograms={knownPrograms} onImported={onOpen} />
          <Button variant="primary" onClick={() => onCreatingChange(true)}>
            + {t('newProgram')}
          </Button>
        </div>
      </header>
      <main className="library-main">
        {error !== null ? (
          <p className="banner banner-danger" role="alert">
            {t('loadFailed', { message: error })}
          </p>
        ) : null}
        {actionError !== null ? (
          <p className="banner banner-danger" role="alert">
            {t('errors.generic', { ns: 'common', message: actionError })}
          </p>
        ) : null}
        {programs !== null && programs.length === 0 ? (
          <div className="library-empty">
            <p>{t('empty')}</p>
            <Button variant="primary" onClick={() => onCreatingChange(true)}>
              + {t('newProgram')}
            </Button>
          </div>
        ) : null}
        {programs !== null && programs.length > 0 ? (
          <table className="library-table">
            <caption className="visually-hidden">{t('title')}</caption>
            <thead>
              <tr>
                {(['title', 'theme', 'dates', 'venue', 'updated'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`columns.${column}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((program) => (
                <ProgramRow
                  key={program.id}
                  program={program}
                  onOpen={onOpen}
                  onRename={setRenaming}
                  onDuplicate={duplicate}
                  onDelete={setDeleting}
                />
              ))}
            </tbody>
          </table>
        ) : null}
        {programs !== null && programs.length > 0 && visible.length === 0 ? (
          <p className="muted library-no-match">{t('noMatch', { query })}</p>
        ) : null}
      </main>
      {creating ? (
        <CreateProgramDialog onClose={() => onCreatingChange(false)} onCreated={onOpen} />
      ) : null}
      {renaming !== null ? (
        <RenameDialog
          program={renaming}
          onClose={() => setRenaming(null)}
          onRename={async (title) => {
            await host.library.rename({ id: renaming.id, title });
            setRenaming(null);
          }}
        />
      ) : null}
      <Dialog
        open={deleting !== null}
        title={t('deleteDialog.title')}
        onClose={() => setDeleting(null)}
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button variant="danger-solid" onClick={() => deleting && void remove(deleting)}>
              {t('deleteDialog.submit')}
            </Button>
          </>
        }
      >
        <p>{t('deleteDialog.text', { title: deleting?.title ?? '' })}</p>
      </Dialog>
    </div>
  );
}
