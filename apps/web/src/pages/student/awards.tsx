import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import { date } from '../../components/format';
import { PageHeading } from '../../components/page';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';
import type { AwardCycle, Nomination } from './programme-types';

export function AwardsPage() {
  const cycles = useQuery({
    queryKey: ['award-cycles'],
    queryFn: () => api.get<Page<AwardCycle>>('/programmes/awards/cycles', { limit: 20 }),
  });
  const winners = useQueries({
    queries: (cycles.data?.items ?? []).map((cycle) => ({
      queryKey: ['winners', cycle.id],
      queryFn: () => api.get<{ items: Nomination[] }>(`/programmes/awards/cycles/${cycle.id}/winners`),
    })),
  });
  return (
    <>
      <PageHeading title="Partnership Awards" />
      <p>
        The Partnership Awards recognise students and staff whose work together made a difference. Anyone may
        nominate.
      </p>
      {cycles.isPending ? <Loading /> : null}
      {cycles.error ? <Problem error={cycles.error} /> : null}
      {cycles.data?.items.length === 0 ? <Empty>No awards yet.</Empty> : null}
      {cycles.data?.items.map((cycle, i) => (
        <section key={cycle.id} aria-labelledby={`cycle-${cycle.id}`}>
          <h2 id={`cycle-${cycle.id}`}>Awards {cycle.year}</h2>
          {cycle.open ? (
            <>
              <p>Nominations are open until {date(cycle.closesOn)}.</p>
              <details>
                <summary>Nominate someone</summary>
                <QuickForm
                  fields={[
                    { key: 'name', label: 'Who you nominate', required: true },
                    {
                      key: 'role',
                      label: 'They are a',
                      kind: 'select',
                      required: true,
                      choices: [
                        { value: 'student', label: 'Student' },
                        { value: 'staff', label: 'Member of staff' },
                      ],
                    },
                    {
                      key: 'category',
                      label: 'Category',
                      kind: 'select',
                      required: true,
                      choices: cycle.categories.map((c) => ({ value: c, label: c })),
                    },
                    { key: 'citation', label: 'Why they deserve it', kind: 'textarea', required: true },
                  ]}
                  submitLabel="Send nomination"
                  send={({ name, role, ...rest }) =>
                    api.post(`/programmes/awards/cycles/${cycle.id}/nominations`, {
                      nominee: { name, role },
                      ...rest,
                    })
                  }
                />
              </details>
            </>
          ) : (
            <p>Nominations closed on {date(cycle.closesOn)}.</p>
          )}
          <h3>Winners</h3>
          {winners[i]?.data?.items.length ? (
            <ul>
              {winners[i].data.items.map((winner) => (
                <li key={winner.id}>
                  <strong>{winner.nominee.name}</strong> — {winner.category}
                  <p>{winner.citation}</p>
                </li>
              ))}
            </ul>
          ) : (
            <Empty>No winners announced yet.</Empty>
          )}
        </section>
      ))}
    </>
  );
}
