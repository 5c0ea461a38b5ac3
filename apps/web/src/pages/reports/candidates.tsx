import { PARTNER_TIERS } from '@app/enums';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { CheckboxField, humanise, SelectField, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { DownloadButtons } from '../../components/download-buttons';
import { Pagination } from '../../components/pagination';
import { Loading, Problem } from '../../components/status';
import type { Candidates } from './report-types';

const LIMIT = 20;

export function CandidatesPage() {
  const [tier, setTier] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [page, setPage] = useState(1);
  const query = { tier, flagged: flagged ? 'true' : undefined };
  const candidates = useQuery({
    queryKey: ['candidates', query, page],
    queryFn: () => api.get<Candidates>('/reports/strategic-candidates', { ...query, page, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeading title="Strategic candidates">
        <DownloadButtons path="/reports/strategic-candidates" query={query} what="the strategic candidates" />
      </PageHeading>
      <p>
        Every partner scored on breadth (kinds of activity), reach (faculties), value, recency and whether a
        formal agreement is in place. A partner whose engagement looks like a higher tier than it holds is
        flagged with the reason.
      </p>
      <div className="filters">
        <SelectField
          label="Tier"
          value={tier}
          onChange={(value) => {
            setTier(value);
            setPage(1);
          }}
          choices={toChoices(PARTNER_TIERS)}
          blank="Any tier"
        />
        <CheckboxField
          label="Only partners flagged for a higher tier"
          checked={flagged}
          onChange={(value) => {
            setFlagged(value);
            setPage(1);
          }}
        />
      </div>
      {candidates.isPending ? <Loading /> : null}
      {candidates.error ? <Problem error={candidates.error} /> : null}
      {candidates.data ? (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Tier</th>
                <th scope="col" className="number">
                  Score
                </th>
                <th scope="col">Suggested</th>
                <th scope="col">Working</th>
              </tr>
            </thead>
            <tbody>
              {candidates.data.items.map((item) => (
                <tr key={item.partnerId}>
                  <td>
                    <Link to={`/partners/${item.partnerId}`}>{item.name}</Link>
                  </td>
                  <td>{humanise(item.tier)}</td>
                  <td className="number">{item.score.toFixed(1)}</td>
                  <td>
                    {item.suggestedTier ? <strong>{humanise(item.suggestedTier)}</strong> : '—'}
                    {item.reasons.length ? <p className="hint">{item.reasons.join(' ')}</p> : null}
                  </td>
                  <td>
                    <ul className="working">
                      {Object.entries(item.components).map(([name, component]) => (
                        <li key={name}>
                          <strong>{humanise(name)}</strong> {component.points.toFixed(1)} of{' '}
                          {component.weight}: {component.working}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} limit={LIMIT} total={candidates.data.total} onPage={setPage} />
        </>
      ) : null}
    </>
  );
}
