import type { LearningType } from '../../../../../shared/model/schema';
import type { BalanceChart, BalanceOutline } from '../../../../../shared/print/balance-outline';

/**
 * The colours and patterns of the learning types on paper: dark enough against
 * white, and patterned, so that a black-and-white copy still tells them apart.
 */
const INK: Record<LearningType, { fill: string; pattern: string }> = {
  acquisition: { fill: '#1f5fbf', pattern: '' },
  inquiry: { fill: '#8a5a00', pattern: 'M0 6 L6 0' },
  practice: { fill: '#1e7b3c', pattern: 'M0 3 H6' },
  production: { fill: '#b42318', pattern: 'M3 0 V6' },
  discussion: { fill: '#6b3fb5', pattern: 'M0 0 L6 6 M0 6 L6 0' },
  collaboration: { fill: '#0b7a70', pattern: 'M1.5 1.5 h1 v1 h-1 Z M4.5 4.5 h1 v1 h-1 Z' },
};
const patternOf = (type: LearningType) => `print-learning-${type}`;

function Patterns() {
  return (
    <svg className="balance-print__patterns" width="0" height="0" aria-hidden="true">
      <defs>
        {(Object.keys(INK) as LearningType[]).map((type) => (
          <pattern
            key={type}
            id={patternOf(type)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
          >
            <rect width="6" height="6" fill={INK[type].fill} />
            {INK[type].pattern === '' ? null : (
              <path d={INK[type].pattern} stroke="#ffffff" strokeWidth="1" />
            )}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** The Balance view's charts on one page: bars drawn in SVG, every figure also in words. */
export function BalanceOfTheWeek({ outline }: { outline: BalanceOutline }) {
  const { perDay } = outline;
  const [first, ...rest] = outline.charts;
  const scale = (minutes: number, max: number) => (max === 0 ? 0 : (minutes / max) * 100);
  return (
    <section className="sheet balance-print">
      <Patterns />
      <h2 className="part-title">{outline.title}</h2>
      <p className="balance-print__intro">{outline.intro}</p>

      <h3 className="balance-print__title">{perDay.title}</h3>
      <table className="balance-print__table">
        <thead>
          <tr>
            <th className="balance-print__label">{perDay.column}</th>
            <th className="balance-print__bar" />
            <th className="balance-print__number">{outline.total}</th>
          </tr>
        </thead>
        <tbody>
          {perDay.days.map((day) => {
            let offset = 0;
            return (
              <tr key={day.label}>
                <th className="balance-print__label">{day.label}</th>
                <td className="balance-print__bar">
                  <svg width="100%" height="10" aria-hidden="true">
                    {day.segments.map((segment) => {
                      const x = offset;
                      const width = scale(segment.minutes, perDay.max);
                      offset += width;
                      return width === 0 ? null : (
                        <rect
                          key={segment.type}
                          x={`${x}%`}
                          width={`${width}%`}
                          height="10"
                          fill={`url(#${patternOf(segment.type)})`}
                          stroke="#ffffff"
                          strokeWidth="0.6"
                        />
                      );
                    })}
                  </svg>
                </td>
                <td className="balance-print__number">{day.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="balance-print__legend">
        {perDay.types.map(({ type, label }) => (
          <li key={type}>
            <svg width="9" height="9" aria-hidden="true">
              <rect width="9" height="9" fill={`url(#${patternOf(type)})`} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <table className="balance-print__figures">
        <thead>
          <tr>
            <th>{perDay.column}</th>
            {perDay.types.map(({ type, label }) => (
              <th key={type} className="balance-print__number">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {perDay.days.map((day) => (
            <tr key={day.label}>
              <th>{day.label}</th>
              {day.segments.map((segment) => (
                <td key={segment.type} className="balance-print__number">
                  {segment.written}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>

      {first === undefined ? null : <BarTable chart={first} outline={outline} scale={scale} />}
      {/* The two shorter charts side by side, so that the page stays one page. */}
      <div className="balance-print__pair">
        {rest.map((chart) => (
          <div key={chart.title}>
            <BarTable chart={chart} outline={outline} scale={scale} />
          </div>
        ))}
      </div>
    </section>
  );
}

function BarTable({
  chart,
  outline,
  scale,
}: {
  chart: BalanceChart;
  outline: BalanceOutline;
  scale: (minutes: number, max: number) => number;
}) {
  return (
    <>
      <h3 className="balance-print__title">{chart.title}</h3>
      <table className="balance-print__table">
        <thead>
          <tr>
            <th className="balance-print__label">{chart.column}</th>
            <th className="balance-print__bar" />
            <th className="balance-print__number">{outline.minutes}</th>
            <th className="balance-print__share">{outline.share}</th>
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((bar) => (
            <tr key={bar.label}>
              <th className="balance-print__label">{bar.label}</th>
              <td className="balance-print__bar">
                <svg width="100%" height="8" aria-hidden="true">
                  <rect width={`${scale(bar.minutes, chart.max)}%`} height="8" fill="#1f4e84" />
                </svg>
              </td>
              <td className="balance-print__number">{bar.written}</td>
              <td className="balance-print__share">{bar.share}</td>
            </tr>
          ))}
          {/* A body row, not a footer: Chromium would repeat a footer on every page. */}
          <tr className="balance-print__total">
            <th className="balance-print__label">{outline.total}</th>
            <td />
            <td className="balance-print__number">{chart.total}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </>
  );
}
