import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import { date } from '../../components/format';
import { PageHeading } from '../../components/page';
import { Empty, Loading, Problem } from '../../components/status';
import type { Forum, Meeting } from './programme-types';

/** Student Staff Partnership Forums and their published minutes. */
export function MinutesPage() {
  const forums = useQuery({
    queryKey: ['forums'],
    queryFn: () => api.get<Page<Forum>>('/programmes/forums', { limit: 100 }),
  });
  const meetings = useQueries({
    queries: (forums.data?.items ?? []).map((forum) => ({
      queryKey: ['meetings', forum.id],
      queryFn: () => api.get<Page<Meeting>>(`/programmes/forums/${forum.id}/meetings`, { limit: 50 }),
    })),
  });
  return (
    <>
      <PageHeading title="Student Staff Partnership Forum minutes" />
      {forums.isPending ? <Loading /> : null}
      {forums.error ? <Problem error={forums.error} /> : null}
      {forums.data?.items.length === 0 ? <Empty>No forums yet.</Empty> : null}
      {forums.data?.items.map((forum, i) => {
        const published = (meetings[i]?.data?.items ?? []).filter(
          (meeting) => meeting.minutesPublished && meeting.minutes,
        );
        return (
          <section key={forum.id} aria-labelledby={`forum-${forum.id}`}>
            <h2 id={`forum-${forum.id}`}>
              {forum.name} <span className="hint">({forum.school})</span>
            </h2>
            {published.length === 0 ? <Empty>No minutes published yet.</Empty> : null}
            {published.map((meeting) => (
              <article key={meeting.id} className="card">
                <h3>Meeting of {date(meeting.date)}</h3>
                {meeting.agenda.length ? (
                  <>
                    <h4>Agenda</h4>
                    <ol>
                      {meeting.agenda.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ol>
                  </>
                ) : null}
                <h4>Minutes</h4>
                <p className="prewrap">{meeting.minutes?.text}</p>
              </article>
            ))}
          </section>
        );
      })}
    </>
  );
}
