import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One bar: a figure, or a group suppressed because it is small (1–4 people). */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
  /** The figure as the table beside the chart writes it. */
  text: string;
}

const WIDTH = 330;
const ROW = 46;
const BAR_MAX = 190;
const BAR_HEIGHT = 18;

/**
 * A horizontal bar chart drawn as SVG: each bar under its label with its figure written after
 * it. A suppressed group is a hatched, dashed outline with "hidden (fewer than 5)" in words.
 * The chart is an image with a title and a description holding every figure; the table beside
 * it holds the same figures.
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max?: number }) {
  const { t } = useTranslation();
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value ?? 0), 1);
  const height = bars.length * ROW + 4;
  const figures = bars.map((bar) => `${bar.label} ${bar.text}`).join('; ');
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{t('oversight.statistics.chartSummary', { title, figures })}</desc>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" className="bar-chart__hatch" />
        </pattern>
      </defs>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const width =
          bar.suppressed || bar.value === null
            ? 0
            : Math.max((bar.value / top) * BAR_MAX, bar.value > 0 ? 2 : 0);
        return (
          <g key={bar.key} data-suppressed={bar.suppressed || undefined}>
            <text x="0" y={y + 14} className="bar-chart__label">
              {bar.label}
            </text>
            {bar.suppressed ? (
              <rect
                x="1"
                y={y + 20}
                width="28"
                height={BAR_HEIGHT}
                fill={`url(#${id}-hatch)`}
                className="bar-chart__suppressed"
              />
            ) : (
              <rect x="0" y={y + 20} width={width} height={BAR_HEIGHT} className="bar-chart__bar" />
            )}
            <text
              x={(bar.suppressed ? 30 : width) + 8}
              y={y + 34}
              className={
                bar.suppressed
                  ? 'bar-chart__value bar-chart__value--suppressed'
                  : 'bar-chart__value'
              }
            >
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
