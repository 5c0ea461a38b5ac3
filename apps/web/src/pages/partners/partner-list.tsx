import { ORGANISATION_TYPES, PARTNER_STATUSES, PARTNER_TIERS } from '@app/enums';
import { can } from '@app/permissions';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, type Page } from '../../api/client';
import type { Partner } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { humanise, SelectField, TextField, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Pagination } from '../../components/pagination';
import { Empty, Loading, Problem } from '../../components/status';

const LIMIT = 25;

export function PartnerListPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? '',
    tier: params.get('tier') ?? '',
    status: params.get('status') ?? '',
    organisationType: params.get('organisationType') ?? '',
  };
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(filters.q);
  const partners = useQuery({
    queryKey: ['partners', filters, page],
    queryFn: () => api.get<Page<Partner>>('/partners', { ...filters, page, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ q: search.trim() });
  };
  return (
    <>
      <PageHeading title="Partner register">
        {session && can(session, 'partners.create') ? (
          <Link className="button primary" to="/partners/new">
            Register a partner
          </Link>
        ) : null}
      </PageHeading>
      <form className="filters" role="search" onSubmit={submitSearch}>
        <TextField
          label="Search names and aliases"
          type="search"
          value={search}
          onChange={setSearch}
          name="q"
        />
        <button type="submit">Search</button>
        <SelectField
          label="Tier"
          value={filters.tier}
          onChange={(tier) => update({ tier })}
          choices={toChoices(PARTNER_TIERS)}
          blank="Any tier"
        />
        <SelectField
          label="Status"
          value={filters.status}
          onChange={(status) => update({ status })}
          choices={toChoices(PARTNER_STATUSES)}
          blank="Any status"
        />
        <SelectField
          label="Organisation type"
          value={filters.organisationType}
          onChange={(organisationType) => update({ organisationType })}
          choices={toChoices(ORGANISATION_TYPES)}
          blank="Any type"
        />
      </form>
      {partners.isPending ? <Loading what="Loading partners" /> : null}
      {partners.error ? <Problem error={partners.error} /> : null}
      {partners.data ? (
        partners.data.items.length === 0 ? (
          <Empty>No partner matches. Change the search or the filters.</Empty>
        ) : (
          <>
            <table>
              <caption className="visually-hidden">Partners</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Organisation type</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sector</th>
                </tr>
              </thead>
              <tbody>
                {partners.data.items.map((partner) => (
                  <tr key={partner.id}>
                    <td>
                      <Link to={`/partners/${partner.id}`}>{partner.name}</Link>
                    </td>
                    <td>{humanise(partner.organisationType)}</td>
                    <td>
                      <span className={`tag tag--${partner.tier}`}>{humanise(partner.tier)}</span>
                    </td>
                    <td>{humanise(partner.status)}</td>
                    <td>{partner.sector ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pagination
              page={page}
              limit={LIMIT}
              total={partners.data.total}
              onPage={(next) => update({ page: String(next) })}
            />
          </>
        )
      ) : null}
    </>
  );
}
