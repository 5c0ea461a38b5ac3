import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ReportPattern } from '@app/enums';
import { can } from '@app/permissions';
import { api } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { MoneyBarChart } from '../../components/charts';
import { dateTime, gbpWhole, recentAcademicYears } from '../../components/format';
import { humanise } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { DownloadButtons } from '../../components/download-buttons';
import { Loading, Problem } from '../../components/status';
import { TYPE_LABELS } from '../activities/activity-types';
import type { Candidate, Candidates, Overview } from './report-types';

const YEARS = recentAcademicYears(5).reverse();

/** One row per academic year, one column per key: the shape a stacked bar chart wants. */
function byYear(
  overviews: (Overview | undefined)[],
  pick: (o: Overview) => { key: string; valueGbp: number }[],
) {
  const keys = new Set<string>();
  const rows = YEARS.map((academicYear, i) => {
    const row: Record<string, string | number> = { academicYear };
    for (const { key, valueGbp } of overviews[i] ? pick(overviews[i]) : []) {
      keys.add(key);
      row[key] = valueGbp;
    }
    return row;
  });
  return { rows, keys: [...keys].sort() };
}

export function DashboardPage() {
  const session = useSession();
  const seesCandidates = session !== null && can(session, ReportPattern.Candidates);
  const all = useQuery({
    queryKey: ['overview', 'all'],
    queryFn: () => api.get<Overview>('/reports/overview'),
  });
  const years = useQueries({
    queries: YEARS.map((academicYear) => ({
      queryKey: ['overview', academicYear],
      queryFn: () => api.get<Overview>('/reports/overview', { academicYear }),
    })),
  });
  const candidates = useQuery({
    queryKey: ['candidates', 'flagged-dashboard'],
    queryFn: () => api.get<Candidates>('/reports/strategic-candidates', { limit: 10 }),
    enabled: seesCandidates,
  });
  if (all.isPending) return <Loading what="Loading the dashboard" />;
  if (all.error) return <Problem error={all.error} />;
  const overview = all.data;
  const perYear = years.map((query) => query.data);
  const byType = byYear(perYear, (o) =>
    o.activitiesByType.map((t) => ({ key: t.type, valueGbp: t.valueGbp })),
  );
  const byFaculty = byYear(perYear, (o) =>
    o.activitiesByFaculty.map((f) => ({ key: f.faculty, valueGbp: f.valueGbp })),
  );
  const tiers = ['corporate', 'strategic', 'transactional'];
  return (
    <>
      <PageHeading title={overview.faculty ? `Dashboard: ${overview.faculty}` : 'Dashboard'}>
        <DownloadButtons path="/reports/overview" what="the overview" />
      </PageHeading>
      <p className="hint">
        Figures as of {dateTime(overview.asOf)}. Only active and completed activities count; pipeline is shown
        apart.
      </p>
      <div className="stats">
        <div className="stat">
          <span className="stat-value">{gbpWhole(overview.totals.valueGbp)}</span>
          <span className="stat-label">income, all years ({overview.totals.count} activities)</span>
        </div>
        {tiers.map((tier) => (
          <div className="stat" key={tier}>
            <span className="stat-value">{overview.partnersByTier[tier] ?? 0}</span>
            <span className="stat-label">{tier} partners</span>
          </div>
        ))}
      </div>
      {years.some((query) => query.isPending) ? <Loading what="Loading the years" /> : null}
      <div className="chart-grid">
        <MoneyBarChart
          title="Income by kind of activity, by academic year"
          rows={byType.rows}
          category="academicYear"
          series={byType.keys.map((key) => ({ key, label: TYPE_LABELS[key] ?? humanise(key) }))}
        />
        <MoneyBarChart
          title="Income by faculty, by academic year"
          rows={byFaculty.rows}
          category="academicYear"
          series={byFaculty.keys.map((key) => ({ key, label: key }))}
        />
      </div>
      <section aria-labelledby="portfolio-heading">
        <h2 id="portfolio-heading">Portfolio by tier</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col" className="number">
                Partners
              </th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((tier) => {
              const count = overview.partnersByTier[tier] ?? 0;
              const total = tiers.reduce((sum, t) => sum + (overview.partnersByTier[t] ?? 0), 0) || 1;
              return (
                <tr key={tier}>
                  <th scope="row">{humanise(tier)}</th>
                  <td className="number">{count}</td>
                  <td>
                    <meter min={0} max={total} value={count} aria-label={`${humanise(tier)} share`} />{' '}
                    {Math.round((100 * count) / total)}%
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="top-heading">
        <h2 id="top-heading">Top partners by income</h2>
        <ol>
          {overview.topPartners.map((partner) => (
            <li key={partner.partnerId}>
              <Link to={`/partners/${partner.partnerId}`}>{partner.name}</Link> — {gbpWhole(partner.valueGbp)}
            </li>
          ))}
        </ol>
      </section>
      {seesCandidates ? (
        <section aria-labelledby="candidates-heading">
          <h2 id="candidates-heading">Strategic candidates</h2>
          {candidates.error ? <Problem error={candidates.error} /> : null}
          <CandidateTable items={candidates.data?.items ?? []} />
          <Link to="/reports/candidates">All partners scored, with the working</Link>
        </section>
      ) : null}
    </>
  );
}

export function CandidateTable({ items }: { items: Candidate[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Tier</th>
          <th scope="col" className="number">
            Score
          </th>
          <th scope="col">Suggested tier</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.partnerId}>
            <td>
              <Link to={`/partners/${item.partnerId}`}>{item.name}</Link>
            </td>
            <td>{humanise(item.tier)}</td>
            <td className="number">{item.score.toFixed(1)}</td>
            <td>{item.suggestedTier ? <strong>{humanise(item.suggestedTier)}</strong> : '—'}</td>
            <td>{item.reasons.join(' ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
