import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { date } from '../../components/format';
import { PageHeading } from '../../components/page';
import { Empty, Loading, Problem } from '../../components/status';
import type { Charter } from './programme-types';
import { ApiError } from '../../api/client';

export function CharterPage() {
  const charter = useQuery({
    queryKey: ['charter', 'current'],
    queryFn: () => api.get<Charter>('/programmes/charters/current'),
  });
  if (charter.isPending) return <Loading what="Loading the charter" />;
  if (charter.error instanceof ApiError && charter.error.status === 404)
    return <Empty>No charter has been published yet.</Empty>;
  if (charter.error) return <Problem error={charter.error} />;
  const c = charter.data;
  return (
    <article className="charter">
      <PageHeading title={c.title} />
      <p className="hint">
        {c.institution} · {c.academicYear} · published {date(c.publishedAt)}
      </p>
      {c.definition ? <p className="lead">{c.definition}</p> : null}
      <section aria-labelledby="parties">
        <h2 id="parties">Who it is between</h2>
        <ul>
          {c.parties.map((party) => (
            <li key={party}>{party}</li>
          ))}
        </ul>
      </section>
      {c.values.length ? (
        <section aria-labelledby="values">
          <h2 id="values">Our values</h2>
          <dl>
            {c.values.map((value) => (
              <div key={value.title}>
                <dt>{value.title}</dt>
                <dd>{value.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="commitments">
        <h2 id="commitments">What the university commits to</h2>
        <ul>
          {c.commitments.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="expectations">
        <h2 id="expectations">What is expected of students</h2>
        <ul>
          {c.expectations.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </section>
      {c.priorities.length ? (
        <section aria-labelledby="priorities">
          <h2 id="priorities">This year's priorities</h2>
          <ul>
            {c.priorities.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
