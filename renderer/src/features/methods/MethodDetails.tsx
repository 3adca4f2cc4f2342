import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Method } from '../../../../shared/method/schema';
import { useFormatMinutes } from '../../i18n/format';

/** Everything a method says about itself, as a co-tutor reads it before choosing it. */
export function MethodDetails({ method }: { method: Method }) {
  const { t } = useTranslation('methods');
  const { t: tc } = useTranslation('common');
  const formatMinutes = useFormatMinutes();
  const list = (values: readonly string[]) => values.join(', ');
  return (
    <div className="method-details">
      <p>{method.summary}</p>
      <h5>{t('details.whenToUse')}</h5>
      <p>{method.whenToUse}</p>
      <dl className="method-facts">
        <dt>{t('details.duration')}</dt>
        <dd>{formatRange(method, formatMinutes, t)}</dd>
        <dt>{t('details.interactions')}</dt>
        <dd>{list(method.interactions.map((value) => tc(`interaction.${value}`)))}</dd>
        <dt>{t('details.learningTypes')}</dt>
        <dd>{list(method.learningTypes.map((value) => tc(`learningType.${value}`)))}</dd>
        <dt>{t('details.themes')}</dt>
        <dd>{list(method.themes.map((value) => tc(`theme.${value}`)))}</dd>
      </dl>
      <h5>{t('details.materials')}</h5>
      {method.materials.length === 0 ? (
        <p className="muted">{t('details.noMaterials')}</p>
      ) : (
        <ul>
          {method.materials.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
      <table className="method-stages">
        <caption>{t('details.stages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('details.minutes')}</th>
            <th scope="col">{t('details.phase')}</th>
            <th scope="col">{t('details.facilitator')}</th>
            <th scope="col">{t('details.participants')}</th>
            <th scope="col">{t('details.interaction')}</th>
          </tr>
        </thead>
        <tbody>
          {method.stages.map((stage, index) => (
            <tr key={index}>
              <td className="method-stage-minutes">{formatMinutes(stage.minutes)}</td>
              <td>{tc(`phase.${stage.phase}`)}</td>
              <td>{stage.facilitator}</td>
              <td>{stage.participants}</td>
              <td>{tc(`interaction.${stage.interaction}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "10 min–25 min", or one length when the range is one. */
export function formatRange(
  method: Method,
  formatMinutes: (minutes: number) => string,
  t: TFunction<'methods'>,
): string {
  const { min, max } = method.duration;
  return min === max
    ? formatMinutes(min)
    : t('range', { min: formatMinutes(min), max: formatMinutes(max) });
}
