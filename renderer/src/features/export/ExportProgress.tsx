import { useTranslation } from 'react-i18next';

import { EXPORT_STEPS, type ExportFormat, type ExportStep } from './make-export';

/** Which stage a running export is in, as a bar and in words. */
export function ExportProgress({ step, format }: { step: ExportStep; format: ExportFormat }) {
  const { t } = useTranslation('export');
  const words =
    step === 'rendering' ? t(`dialog.step.rendering-${format}`) : t(`dialog.step.${step}`);
  return (
    <div className="export-progress" role="status">
      <progress
        aria-label={t('dialog.progressLabel')}
        max={EXPORT_STEPS.length}
        value={EXPORT_STEPS.indexOf(step) + 1}
      />
      <span>{words}</span>
    </div>
  );
}
