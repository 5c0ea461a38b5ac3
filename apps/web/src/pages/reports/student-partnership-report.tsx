import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { academicYearOf, dateTime, recentAcademicYears } from '../../components/format';
import { humanise, SelectField } from '../../components/forms';
import { ObjectTable } from '../../components/object-table';
import { PageHeading } from '../../components/page';
import { DownloadButtons } from '../../components/download-buttons';
import { Loading, Problem } from '../../components/status';
import type { StudentPartnership } from './report-types';

/** The report's tables, in the order the report gives them. */
const SECTIONS = [
  'representativeCoverage',
  'forumMeetings',
  'feedback',
  'involvementsByKind',
  'projectsByStatus',
  'nominationsByCategory',
] as const satisfies readonly (keyof StudentPartnership)[];

export function StudentPartnershipReportPage() {
  const [academicYear, setAcademicYear] = useState(academicYearOf());
  const report = useQuery({
    queryKey: ['student-partnership-report', academicYear],
    queryFn: () => api.get<StudentPartnership>('/reports/student-partnership', { academicYear }),
  });
  const data = report.data;
  const sections = data ? SECTIONS.map((key) => [key, data[key]] as const) : [];
  return (
    <>
      <PageHeading title="How the student partnership is working">
        <DownloadButtons
          path="/reports/student-partnership"
          query={{ academicYear }}
          what="the student partnership report"
        />
      </PageHeading>
      <SelectField
        label="Academic year"
        value={academicYear}
        onChange={setAcademicYear}
        choices={recentAcademicYears(5).map((y) => ({ value: y, label: y }))}
      />
      {report.isPending ? <Loading /> : null}
      {report.error ? <Problem error={report.error} /> : null}
      {report.data ? <p className="hint">Figures as of {dateTime(report.data.asOf)}.</p> : null}
      {sections.map(([key, rows]) => (
        <ObjectTable key={key} caption={humanise(key.replace(/([A-Z])/g, ' $1').toLowerCase())} rows={rows} />
      ))}
    </>
  );
}
