import { ACTIVITY_STATUSES, ACTIVITY_TYPES, ActivityImportPattern, ActivityPattern } from '@app/enums';
import { can, scopeOf } from '@app/permissions';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, type Page } from '../../api/client';
import type { Activity } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { date, gbp, recentAcademicYears } from '../../components/format';
import { humanise, SelectField, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Pagination } from '../../components/pagination';
import { PartnerName } from '../../components/partner-name';
import { Empty, Loading, Problem } from '../../components/status';
import { FACULTIES } from '../auth/sign-in';
import { TYPE_LABELS } from './activity-types';

const LIMIT = 25;

export function ActivityListPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const scopedToFaculty = !!session && scopeOf(session, ActivityPattern.List) === 'faculty';
  const filters = {
    type: params.get('type') ?? '',
    status: params.get('status') ?? '',
    academicYear: params.get('academicYear') ?? '',
    faculty: params.get('faculty') ?? '',
  };
  const page = Number(params.get('page') ?? '1') || 1;
  const activities = useQuery({
    queryKey: ['activities', filters, page],
    queryFn: () => api.get<Page<Activity>>('/activities', { ...filters, page, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const title = scopedToFaculty ? `Activities of ${session?.faculty ?? 'your faculty'}` : 'Activities';
  return (
    <>
      <PageHeading title={title}>
        {session && can(session, ActivityPattern.Create) ? (
          <Link className="button primary" to="/activities/new">
            Log an activity
          </Link>
        ) : null}
        {session && can(session, ActivityImportPattern.Start) ? (
          <Link className="button" to="/activities/import">
            Import a CSV
          </Link>
        ) : null}
      </PageHeading>
      <div className="filters">
        <SelectField
          label="Kind"
          value={filters.type}
          onChange={(v) => update('type', v)}
          choices={ACTIVITY_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] ?? value }))}
          blank="Any kind"
        />
        <SelectField
          label="Status"
          value={filters.status}
          onChange={(v) => update('status', v)}
          choices={toChoices(ACTIVITY_STATUSES)}
          blank="Any status"
        />
        <SelectField
          label="Academic year"
          value={filters.academicYear}
          onChange={(v) => update('academicYear', v)}
          choices={recentAcademicYears(6).map((y) => ({ value: y, label: y }))}
          blank="Any year"
        />
        {scopedToFaculty ? null : (
          <SelectField
            label="Faculty"
            value={filters.faculty}
            onChange={(v) => update('faculty', v)}
            choices={FACULTIES.map((f) => ({ value: f, label: f }))}
            blank="Any faculty"
          />
        )}
      </div>
      {activities.isPending ? <Loading what="Loading activities" /> : null}
      {activities.error ? <Problem error={activities.error} /> : null}
      {activities.data?.items.length === 0 ? <Empty>No activity matches.</Empty> : null}
      {activities.data?.items.length ? (
        <>
          <table>
            <caption className="visually-hidden">Activities</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Partner</th>
                <th scope="col">Kind</th>
                <th scope="col">Faculty</th>
                <th scope="col">Start</th>
                <th scope="col">Year</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Value
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.data.items.map((activity) => (
                <tr key={activity.id}>
                  <td>{activity.title}</td>
                  <td>
                    <PartnerName id={activity.partnerId} />
                  </td>
                  <td>{TYPE_LABELS[activity.type] ?? activity.type}</td>
                  <td>{activity.faculty}</td>
                  <td>{date(activity.startDate)}</td>
                  <td>{activity.academicYear}</td>
                  <td>{humanise(activity.status)}</td>
                  <td className="number">{gbp(activity.valueGbp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={page}
            limit={LIMIT}
            total={activities.data.total}
            onPage={(next) => update('page', String(next))}
          />
        </>
      ) : null}
    </>
  );
}
