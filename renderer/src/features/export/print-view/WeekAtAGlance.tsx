import type { ExportLabels } from '../../../../../shared/print/labels';
import type { TimetableDay } from '../../../../../shared/print/outline-types';
import { planTarget } from './anchors';

/**
 * The week on one landscape page: a column a day, each block with its time,
 * title and facilitators; breaks and meals in a lighter line. A week with
 * longer days gets a denser setting, so it still fits on the one page.
 */
export function WeekAtAGlance({ days, labels }: { days: TimetableDay[]; labels: ExportLabels }) {
  const longestDay = Math.max(0, ...days.map((day) => day.blocks.length));
  return (
    <section className={`sheet week week--${densityOf(longestDay)}`}>
      <h2 className="part-title week__title">{labels.sections.weekAtAGlance}</h2>
      <div className="week__days">
        {days.map((day, index) => (
          <section key={index} className="week__day">
            <h3 className="week__day-head">
              <span className="week__day-name">{day.heading}</span>
              <span className="week__day-date">{day.date}</span>
            </h3>
            <ol className="week__blocks">
              {day.blocks.map((block) => (
                <li
                  key={block.id}
                  className={block.isBreak ? 'week__block week__block--break' : 'week__block'}
                >
                  <span className="week__time">{block.time}</span>
                  {block.isBreak ? (
                    <span className="week__block-title">{block.title}</span>
                  ) : (
                    <a className="week__block-title" href={`#${planTarget(block.id)}`}>
                      {block.title}
                    </a>
                  )}
                  {block.isBreak || block.facilitators === '' ? null : (
                    <span className="week__who">{block.facilitators}</span>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}

/** Up to eight blocks a day print at full size; more are set smaller and clamped. */
export function densityOf(blocksInLongestDay: number): 'roomy' | 'compact' | 'dense' {
  if (blocksInLongestDay <= 8) return 'roomy';
  if (blocksInLongestDay <= 11) return 'compact';
  return 'dense';
}
