import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { TextField } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Empty, Loading, Problem } from '../../components/status';
import type { Representative } from './programme-types';

export function RepresentativesPage() {
  const session = useSession();
  const [school, setSchool] = useState(session?.school ?? '');
  const reps = useQuery({
    queryKey: ['representatives', school],
    queryFn: () =>
      api.get<{ items: Representative[] }>('/programmes/representatives', {
        school: school.trim() || undefined,
      }),
  });
  return (
    <>
      <PageHeading title="Student representatives" />
      <p>
        Every teaching group has one student representative. Find yours and tell them what works and what does
        not.
      </p>
      <TextField
        label="School"
        value={school}
        onChange={(value) => setSchool(value.toUpperCase())}
        hint="Leave empty for every school"
      />
      {reps.isPending ? <Loading /> : null}
      {reps.error ? <Problem error={reps.error} /> : null}
      {reps.data?.items.length === 0 ? <Empty>No representatives found.</Empty> : null}
      {reps.data?.items.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Module or course</th>
              <th scope="col">School</th>
              <th scope="col">Representative</th>
              {reps.data.items.some((rep) => 'email' in rep) ? <th scope="col">Email</th> : null}
            </tr>
          </thead>
          <tbody>
            {reps.data.items.map((rep) => (
              <tr key={rep.teachingGroup.id}>
                <td>
                  {rep.teachingGroup.code} {rep.teachingGroup.name}
                </td>
                <td>{rep.teachingGroup.school}</td>
                <td>{rep.name}</td>
                {'email' in rep ? <td>{rep.email ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
