import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { gbpWhole } from './format';

/** Colour-blind-safe series colours (Okabe–Ito), dark enough for 3:1 against white. */
const COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#8a6d00',
  '#56B4E9',
  '#000000',
  '#7a4f9e',
  '#b5651d',
  '#2f6f4f',
];

export interface Series {
  key: string;
  label: string;
}

/**
 * A (stacked) bar chart of money with its figures as a table beneath, so the numbers are there for
 * screen readers, keyboard users and anyone who wants them exactly.
 */
export function MoneyBarChart({
  title,
  rows,
  category,
  series,
  stacked = true,
}: {
  title: string;
  rows: Record<string, string | number>[];
  category: string;
  series: Series[];
  stacked?: boolean;
}) {
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey={category} />
            <YAxis tickFormatter={(value: number) => gbpWhole(value)} width={90} />
            <Tooltip formatter={(value) => gbpWhole(Number(value))} />
            <Legend />
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId={stacked ? 'a' : undefined}
                fill={COLOURS[i % COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Figures as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{category === 'academicYear' ? 'Academic year' : category}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="number">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[category])}>
                <th scope="row">{row[category]}</th>
                {series.map((s) => (
                  <td key={s.key} className="number">
                    {gbpWhole(Number(row[s.key] ?? 0))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
