import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { academicYearOf, dateTime, gbp, gbpWhole, recentAcademicYears } from '../../components/format';
import { SelectField } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { DownloadButtons } from '../../components/download-buttons';
import { Pagination } from '../../components/pagination';
import { Loading, Problem } from '../../components/status';
import { TYPE_LABELS } from '../activities/activity-types';
import type { CellActivities, Hebci, HebciCell } from './report-types';

const CLASSES = [
  { key: 'sme', label: 'SME' },
  { key: 'non_sme_commercial', label: 'Non-SME commercial' },
  { key: 'non_commercial', label: 'Non-commercial' },
];

interface Line {
  table: string;
  category: string;
  label: string;
  cells: Record<string, HebciCell>;
}

function lines(cells: HebciCell[]): Line[] {
  const byCategory = new Map<string, Line>();
  for (const cell of cells) {
    const line = byCategory.get(cell.category) ?? {
      table: cell.table,
      category: cell.category,
      label: cell.label,
      cells: {},
    };
    line.cells[cell.partnerClass] = cell;
    byCategory.set(cell.category, line);
  }
  return [...byCategory.values()];
}

export function HebciPage() {
  const [academicYear, setAcademicYear] = useState(() =>
    academicYearOf(new Date(Date.now() - 365 * 86400_000)),
  );
  const [cellId, setCellId] = useState<string | null>(null);
  const report = useQuery({
    queryKey: ['hebci', academicYear],
    queryFn: () => api.get<Hebci>('/reports/hebci', { academicYear }),
  });
  return (
    <>
      <PageHeading title="HE-BCI Part B (draft)">
        <DownloadButtons path="/reports/hebci" query={{ academicYear }} what="the HE-BCI return" />
      </PageHeading>
      <SelectField
        label="Academic year"
        value={academicYear}
        onChange={(year) => {
          setAcademicYear(year);
          setCellId(null);
        }}
        choices={recentAcademicYears(6).map((y) => ({ value: y, label: y }))}
      />
      {report.isPending ? <Loading what="Loading the return" /> : null}
      {report.error ? <Problem error={report.error} /> : null}
      {report.data ? (
        <>
          <p className="hint">
            Income in £000s (nearest thousand, halves up) from exact pounds; as of{' '}
            {dateTime(report.data.asOf)}. Choose a figure to see the activities it counts.
          </p>
          <table className="hebci">
            <caption>Income by category and partner class, {report.data.academicYear} (£000s)</caption>
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col">Category</th>
                {CLASSES.map((c) => (
                  <th key={c.key} scope="col" className="number">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines(report.data.cells).map((line) => (
                <tr key={line.category}>
                  <td>{line.table}</td>
                  <th scope="row">{line.label}</th>
                  {CLASSES.map((c) => {
                    const cell = line.cells[c.key];
                    if (!cell) return <td key={c.key} />;
                    return (
                      <td key={c.key} className="number">
                        <button
                          type="button"
                          className="cell-button"
                          aria-pressed={cellId === cell.cellId}
                          aria-label={`${line.label}, ${c.label}: ${cell.incomeThousands} thousand pounds from ${cell.count} activities. Show them`}
                          onClick={() => setCellId(cell.cellId)}
                        >
                          {cell.incomeThousands}
                        </button>
                        <span className="hint">
                          {' '}
                          ({cell.count}
                          {cell.learnerDays !== undefined ? `, ${cell.learnerDays} learner days` : ''}
                          {cell.attendees !== undefined ? `, ${cell.attendees} attendees` : ''})
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-labelledby="excluded-heading">
            <h2 id="excluded-heading">Outside the return ({report.data.excluded.count})</h2>
            <ul>
              {report.data.excluded.byReason.map((reason) => (
                <li key={reason.reason}>
                  {reason.reason}: {reason.count} ({gbpWhole(reason.incomeGbp)})
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => setCellId('excluded')}>
              List the activities outside the return
            </button>
          </section>
          {cellId ? <CellDrillDown cellId={cellId} academicYear={academicYear} /> : null}
        </>
      ) : null}
    </>
  );
}

function CellDrillDown({ cellId, academicYear }: { cellId: string; academicYear: string }) {
  const [page, setPage] = useState(1);
  const path =
    cellId === 'excluded' ? '/reports/hebci/excluded' : `/reports/hebci/cells/${cellId}/activities`;
  const activities = useQuery({
    queryKey: ['hebci-cell', cellId, academicYear, page],
    queryFn: () => api.get<CellActivities>(path, { academicYear, page, limit: 25 }),
    placeholderData: keepPreviousData,
  });
  const title = cellId === 'excluded' ? 'Activities outside the return' : `Activities in cell ${cellId}`;
  return (
    <section aria-labelledby="drill-heading" className="drill-down">
      <h2 id="drill-heading" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {title}
      </h2>
      <DownloadButtons path={path} query={{ academicYear }} what={title} />
      {activities.isPending ? <Loading /> : null}
      {activities.error ? <Problem error={activities.error} /> : null}
      {activities.data ? (
        <>
          <p>
            {activities.data.total} activities, {gbp(activities.data.cell.incomeGbp)}
            {cellId === 'excluded' ? '' : ` → ${activities.data.cell.incomeThousands} in £000s`}.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Partner</th>
                <th scope="col">Kind</th>
                <th scope="col">Faculty</th>
                <th scope="col">Start</th>
                <th scope="col" className="number">
                  Income this year
                </th>
                {cellId === 'excluded' ? <th scope="col">Why not counted</th> : null}
              </tr>
            </thead>
            <tbody>
              {activities.data.items.map((item) => (
                <tr key={item.activityId}>
                  <td>{item.title}</td>
                  <td>
                    <Link to={`/partners/${item.partner.id}`}>{item.partner.name}</Link>
                  </td>
                  <td>{TYPE_LABELS[item.type] ?? item.type}</td>
                  <td>{item.faculty}</td>
                  <td>{item.startDate}</td>
                  <td className="number">{gbp(item.incomeGbp)}</td>
                  {cellId === 'excluded' ? <td>{item.reason}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} limit={25} total={activities.data.total} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
