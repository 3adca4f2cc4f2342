import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/model/ids';
import { type CoTutor } from '../../../../shared/model/records/co-tutor';
import { Button, Dialog, useToast } from '../../components';
import { useCoTutors, useDays, useEdit, useProgramSession } from '../../program';
import { CoTutorRow } from './CoTutorRow';
import { SettingsSection } from './SettingsSection';
import { sessionsFacilitatedBy } from './week-impact';

const COLUMNS = ['name', 'institution', 'role', 'sessions'] as const;

type Removal = { tutor: CoTutor; sessions: number; who: string };

/** The program's co-tutors, who are chosen as facilitators of its sessions. */
export function CoTutorsSection() {
  const { t } = useTranslation('settings');
  const coTutors = useCoTutors();
  const days = useDays();
  const edit = useEdit();
  const session = useProgramSession();
  const toast = useToast();
  const [added, setAdded] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Removal | null>(null);

  const sessions = useMemo(
    () => new Map(coTutors.map((tutor) => [tutor.id, sessionsFacilitatedBy(days, tutor.id)])),
    [coTutors, days],
  );

  const add = () => {
    const id = newId();
    edit.addCoTutor({ id, name: '', institution: '', role: '' });
    setAdded(id);
  };

  const remove = useCallback(
    (removal: Removal) => {
      setConfirming(null);
      edit.removeCoTutor(removal.tutor.id);
      toast({
        message: t('coTutors.removed', { who: removal.who }),
        action: { label: t('actions.undo', { ns: 'common' }), run: () => session.undo() },
      });
    },
    [edit, session, t, toast],
  );

  const requestRemoval = useCallback(
    (tutor: CoTutor, count: number) => {
      const who =
        tutor.name.trim() === ''
          ? t('coTutors.numbered', { number: coTutors.indexOf(tutor) + 1 })
          : tutor.name;
      // Only a co-tutor who runs sessions is worth a question; the toast can undo either way.
      if (count === 0) remove({ tutor, sessions: 0, who });
      else setConfirming({ tutor, sessions: count, who });
    },
    [coTutors, remove, t],
  );

  return (
    <SettingsSection id="coTutors" title={t('sections.coTutors')} description={t('coTutors.hint')}>
      {coTutors.length === 0 ? (
        <p className="muted">{t('coTutors.empty')}</p>
      ) : (
        <div className="settings-table-scroll">
          <table className="settings-table co-tutors-table">
            <caption className="visually-hidden">{t('coTutors.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coTutors.number')}</th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(`coTutors.${column}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('coTutors.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {coTutors.map((tutor, index) => (
                <CoTutorRow
                  key={tutor.id}
                  tutor={tutor}
                  index={index}
                  count={coTutors.length}
                  sessions={sessions.get(tutor.id) ?? 0}
                  focusName={tutor.id === added}
                  onRemove={requestRemoval}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <Button small onClick={add}>
          + {t('coTutors.add')}
        </Button>
      </div>
      <Dialog
        open={confirming !== null}
        title={t('coTutors.confirmTitle')}
        onClose={() => setConfirming(null)}
        footer={
          <>
            <Button onClick={() => setConfirming(null)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button variant="danger-solid" onClick={() => confirming && remove(confirming)}>
              {t('coTutors.confirmSubmit')}
            </Button>
          </>
        }
      >
        {confirming !== null ? (
          <>
            <p>{t('coTutors.confirmText', { who: confirming.who, count: confirming.sessions })}</p>
            <p className="muted">{t('coTutors.confirmUndo')}</p>
          </>
        ) : null}
      </Dialog>
    </SettingsSection>
  );
}
