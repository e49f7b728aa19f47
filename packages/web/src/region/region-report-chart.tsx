/**
 * Bar charts drawn as SVG by our own code (no chart library, nothing fetched): one group of bars per
 * quarter, stacked by series. Each bar has a title with its count, and a table next to the chart
 * carries the same figures for screen readers and print.
 */
export interface ChartSeries {
  label: string;
  values: readonly number[];
}

const palette = ['#2f6f9f', '#d08b2c', '#5b8c3a', '#9c4f96', '#b0413e', '#3a8c8c', '#7a6a3a', '#596273'];

export function QuarterBarChart({ title, quarters, series, height = 180 }: { title: string; quarters: readonly string[]; series: readonly ChartSeries[]; height?: number }) {
  const totals = quarters.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const barWidth = 36;
  const gap = 28;
  const left = 32;
  const top = 12;
  const bottom = 44;
  const plot = height - top - bottom;
  const width = left + quarters.length * (barWidth + gap) + gap;
  const ticks = [...new Set([0, Math.ceil(max / 2), max])];
  const short = (label: string) => label.replace(/年度 第(\d)四半期/u, '年度Q$1');
  return (
    <figure className="quarter-chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title}（${quarters.map((q, i) => `${q} ${totals[i] ?? 0}件`).join('、')}）`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {ticks.map((t) => {
          const y = top + plot - (plot * t) / max;
          return (
            <g key={t}>
              <line x1={left} x2={width} y1={y} y2={y} stroke="#d0d4da" />
              <text x={left - 6} y={y + 4} textAnchor="end" fontSize="11">
                {t}
              </text>
            </g>
          );
        })}
        {quarters.map((q, i) => {
          const x = left + gap / 2 + i * (barWidth + gap);
          let y = top + plot;
          return (
            <g key={q}>
              {series.map((s, k) => {
                const v = s.values[i] ?? 0;
                if (v === 0) return null;
                const h = (plot * v) / max;
                y -= h;
                return (
                  <rect key={s.label} x={x} y={y} width={barWidth} height={h} fill={palette[k % palette.length]} data-testid="chart-bar">
                    <title>{`${q} ${s.label} ${v}件`}</title>
                  </rect>
                );
              })}
              <text x={x + barWidth / 2} y={top + plot - (plot * (totals[i] ?? 0)) / max - 3} textAnchor="middle" fontSize="11">
                {totals[i] ?? 0}
              </text>
              <text x={x + barWidth / 2} y={height - bottom + 16} textAnchor="middle" fontSize="10">
                {short(q).split('年度')[0]}年度
              </text>
              <text x={x + barWidth / 2} y={height - bottom + 30} textAnchor="middle" fontSize="10">
                {short(q).split('年度')[1]}
              </text>
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="quarter-chart-legend">
          {series.map((s, k) => (
            <li key={s.label}>
              <span className="quarter-chart-swatch" style={{ background: palette[k % palette.length] }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
