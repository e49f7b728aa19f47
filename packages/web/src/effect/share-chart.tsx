import { smallMonth, type ThemeShare } from '@kizuki/core';

export interface ChartSeries {
  label: string;
  months: { month: string; share: ThemeShare }[];
}

const width = 640;
const height = 220;
const pad = { left: 44, right: 12, top: 14, bottom: 44 };
const colors = ['#1f6f8b', '#c05621', '#2f855a', '#6b46c1', '#b83280', '#4a5568'];

const percentText = (share: ThemeShare) => (share.share === undefined ? '—' : `${(share.share * 100).toFixed(1)}%`);
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`;

/**
 * Monthly shares of a theme as an inline SVG line chart, with the plans of each month under its tick
 * and the event month marked; the same figures follow as a table (the chart's text alternative).
 */
export function ShareChart({ title, series, eventMonth }: { title: string; series: ChartSeries[]; eventMonth?: string | undefined }) {
  const months = series[0]?.months.map((m) => m.month) ?? [];
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (months.length <= 1 ? innerW / 2 : (innerW * i) / (months.length - 1));
  const y = (share: number) => pad.top + innerH * (1 - share);
  const eventIndex = eventMonth === undefined ? -1 : months.indexOf(eventMonth);
  const summary = series.map((s) => `${s.label}: ${s.months.map((m) => `${monthLabel(m.month)} ${percentText(m.share)}（${m.share.plans}件）`).join('、')}`).join('。');
  return (
    <figure className="share-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}。${summary}`}>
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={pad.left - 6} y={y(t) + 4} textAnchor="end" className="axis">
              {t * 100}%
            </text>
          </g>
        ))}
        {eventIndex >= 0 && (
          <g>
            <line x1={x(eventIndex)} x2={x(eventIndex)} y1={pad.top} y2={pad.top + innerH} className="event" />
            <text x={x(eventIndex) + 4} y={pad.top + 10} className="event-label">
              周知
            </text>
          </g>
        )}
        {months.map((month, i) => (
          <g key={month}>
            <text x={x(i)} y={height - pad.bottom + 16} textAnchor="middle" className="axis">
              {monthLabel(month)}
            </text>
            <text x={x(i)} y={height - pad.bottom + 32} textAnchor="middle" className="axis small">
              n={series[0]?.months[i]?.share.plans ?? 0}
            </text>
          </g>
        ))}
        {series.map((s, si) => {
          const color = colors[si % colors.length];
          const points = s.months.map((m, i) => (m.share.share === undefined ? undefined : { x: x(i), y: y(m.share.share), m }));
          const segments: string[] = [];
          let current = '';
          for (const p of points) {
            if (!p || p.m.share.plans < smallMonth) {
              if (current) segments.push(current);
              current = '';
            } else current += `${current ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
          }
          if (current) segments.push(current);
          return (
            <g key={s.label} style={{ color }}>
              {segments.map((d) => (
                <path key={d} d={d} className="line" />
              ))}
              {points.map((p) => p && <circle key={p.m.month} cx={p.x} cy={p.y} r={4} className={p.m.share.plans < smallMonth ? 'point point-small' : 'point'} />)}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s, si) => (
            <li key={s.label}>
              <span className="swatch" style={{ background: colors[si % colors.length] }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <p className="muted chart-note">n は各月の計画数です。{smallMonth}件未満の月は白い点で示し、線でつなぎません。</p>
      <div className="table-scroll">
        <table className="data-table compact share-table">
          <caption className="sr-only">{title}（表）</caption>
          <thead>
            <tr>
              <th scope="col">月</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, i) => (
              <tr key={month} aria-current={month === eventMonth ? 'true' : undefined}>
                <th scope="row">
                  {month}
                  {month === eventMonth ? '（周知）' : ''}
                </th>
                {series.map((s) => {
                  const share = s.months[i]!.share;
                  return (
                    <td key={s.label}>
                      {percentText(share)}（{share.counted}/{share.plans}件）
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
