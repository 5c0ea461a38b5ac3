import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { academicYearOf, dateTime, recentAcademicYears } from '../../components/format';
import { humanise, SelectField } from '../../components/forms';
import { ObjectTable } from '../../components/object-table';
import { PageHeading } from '../../components/page';
import { DownloadButtons } from '../../components/download-buttons';
import { Loading, Problem } from '../../components/status';

type Report = { asOf: string | null } & Record<string, unknown>;

export function StudentPartnershipReportPage() {
  const [academicYear, setAcademicYear] = useState(academicYearOf());
  const report = useQuery({
    queryKey: ['student-partnership-report', academicYear],
    queryFn: () => api.get<Report>('/reports/student-partnership', { academicYear }),
  });
  const sections = Object.entries(report.data ?? {}).filter(
    (entry): entry is [string, Record<string, unknown>[]] => Array.isArray(entry[1]),
  );
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
