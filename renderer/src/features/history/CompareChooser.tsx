import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { VersionEntry } from '../../../../shared/history/version-list';
import { NOW } from '../../app/route';
import { Button, SelectField } from '../../components';
import { useVersionDate, useVersionName } from './version-labels';

type Props = {
  versions: readonly VersionEntry[];
  from: string;
  to: string;
  onCompare: (from: string, to: string) => void;
};

/** Picks any two versions, or a version and now, to compare. */
export function CompareChooser({ versions, from, to, onCompare }: Props) {
  const { t } = useTranslation('history');
  const nameOf = useVersionName();
  const dateOf = useVersionDate();
  const [chosen, setChosen] = useState({ from, to });
  const options = [
    { value: NOW, label: t('choose.now') },
    ...versions.map((entry) => ({
      value: entry.id,
      label: `${nameOf(entry)} · ${dateOf(entry)}`,
    })),
  ];

  return (
    <fieldset className="compare-chooser">
      <legend>{t('choose.legend')}</legend>
      <SelectField
        label={t('choose.from')}
        value={chosen.from}
        options={options}
        onChange={(value) => setChosen({ ...chosen, from: value })}
      />
      <SelectField
        label={t('choose.to')}
        value={chosen.to}
        options={options}
        onChange={(value) => setChosen({ ...chosen, to: value })}
      />
      <Button
        disabled={chosen.from === chosen.to}
        onClick={() => onCompare(chosen.from, chosen.to)}
      >
        {t('choose.compare')}
      </Button>
    </fieldset>
  );
}
