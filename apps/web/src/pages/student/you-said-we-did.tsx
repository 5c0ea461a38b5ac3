import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Page } from '../../api/client';
import { date } from '../../components/format';
import { TextField } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Empty, Loading, Problem } from '../../components/status';
import type { YouSaidWeDid as Item } from './programme-types';

export function YouSaidWeDidPage() {
  const [school, setSchool] = useState('');
  const items = useQuery({
    queryKey: ['you-said-we-did', school],
    queryFn: () =>
      api.get<Page<Item>>('/programmes/you-said-we-did', { school: school.trim() || undefined, limit: 100 }),
  });
  return (
    <>
      <PageHeading title="You said, we did" />
      <TextField
        label="School"
        value={school}
        onChange={(value) => setSchool(value.toUpperCase())}
        hint="Leave empty for every school"
      />
      {items.isPending ? <Loading /> : null}
      {items.error ? <Problem error={items.error} /> : null}
      {items.data?.items.length === 0 ? <Empty>Nothing here yet.</Empty> : null}
      <ul className="cards">
        {items.data?.items.map((item) => (
          <li key={item.id} className="card ysd">
            <p>
              <strong>You said:</strong> {item.youSaid}
            </p>
            <p>
              <strong>We did:</strong> {item.weDid}
            </p>
            <p className="hint">
              {item.school} · {date(item.closedAt)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
