import { humanise } from './forms';

/** A table of flat records, headed by their keys in words: for report sections whose columns are their data. */
export function ObjectTable({ caption, rows }: { caption: string; rows: Record<string, unknown>[] }) {
  if (rows.length === 0) {
    return <p className="empty">{caption}: nothing yet.</p>;
  }
  const columns = Object.keys(rows[0] ?? {});
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column}
              scope="col"
              className={typeof rows[0]?.[column] === 'number' ? 'number' : undefined}
            >
              {humanise(column.replace(/([A-Z])/g, ' $1').toLowerCase())}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {columns.map((column) => {
              const value = row[column];
              return (
                <td key={column} className={typeof value === 'number' ? 'number' : undefined}>
                  {cellText(value)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
