import { can } from '@app/permissions';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { date } from '../../components/format';
import { PageHeading } from '../../components/page';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';
import type { Forum, Meeting } from '../student/programme-types';

export function ForumsPage() {
  const session = useSession();
  const queries = useQueryClient();
  const canWrite = !!session && can(session, 'programmes.forums.create');
  const forums = useQuery({
    queryKey: ['forums'],
    queryFn: () => api.get<Page<Forum>>('/programmes/forums', { limit: 100 }),
  });
  return (
    <>
      <PageHeading title="Student Staff Partnership Forums" />
      {forums.isPending ? <Loading /> : null}
      {forums.error ? <Problem error={forums.error} /> : null}
      {forums.data?.items.length === 0 ? <Empty>No forums yet.</Empty> : null}
      {forums.data?.items.map((forum) => (
        <ForumSection key={forum.id} forum={forum} canWrite={canWrite} />
      ))}
      {canWrite ? (
        <section aria-labelledby="new-forum">
          <h2 id="new-forum">Set up a forum</h2>
          <QuickForm
            fields={[
              { key: 'school', label: 'School', required: true },
              { key: 'name', label: 'Name', required: true },
            ]}
            submitLabel="Create forum"
            send={(body) => api.post('/programmes/forums', body)}
            onDone={() => queries.invalidateQueries({ queryKey: ['forums'] })}
          />
        </section>
      ) : null}
    </>
  );
}

function ForumSection({ forum, canWrite }: { forum: Forum; canWrite: boolean }) {
  const queries = useQueryClient();
  const meetings = useQuery({
    queryKey: ['meetings', forum.id],
    queryFn: () => api.get<Page<Meeting>>(`/programmes/forums/${forum.id}/meetings`, { limit: 50 }),
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['meetings', forum.id] });
  return (
    <section aria-labelledby={`forum-${forum.id}`} className="card">
      <h2 id={`forum-${forum.id}`}>
        {forum.name} <span className="hint">({forum.school})</span>
      </h2>
      {meetings.error ? <Problem error={meetings.error} /> : null}
      {meetings.data?.items.length === 0 ? <Empty>No meetings yet.</Empty> : null}
      {meetings.data?.items.map((meeting) => (
        <article key={meeting.id} className="meeting">
          <h3>
            {date(meeting.date)} — minutes{' '}
            {meeting.minutesPublished
              ? 'published'
              : meeting.minutes
                ? 'written, not published'
                : 'not written'}
          </h3>
          {meeting.agenda.length ? (
            <ol>
              {meeting.agenda.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          ) : null}
          {meeting.minutes ? <p className="prewrap">{meeting.minutes.text}</p> : null}
          {canWrite ? (
            <>
              <details>
                <summary>Write the minutes</summary>
                <QuickForm
                  fields={[
                    {
                      key: 'text',
                      label: 'Minutes',
                      kind: 'textarea',
                      required: true,
                      initial: meeting.minutes?.text ?? '',
                    },
                  ]}
                  submitLabel="Save minutes"
                  send={(body) => api.put(`/programmes/meetings/${meeting.id}/minutes`, body)}
                  onDone={refresh}
                />
              </details>
              {meeting.minutes && !meeting.minutesPublished ? (
                <QuickForm
                  fields={[]}
                  submitLabel="Publish the minutes"
                  send={() => api.post(`/programmes/meetings/${meeting.id}/minutes/publish`)}
                  onDone={refresh}
                />
              ) : null}
            </>
          ) : null}
        </article>
      ))}
      {canWrite ? (
        <details>
          <summary>Schedule a meeting</summary>
          <QuickForm
            fields={[
              { key: 'date', label: 'Date', kind: 'date', required: true },
              { key: 'agenda', label: 'Agenda', kind: 'list' },
            ]}
            submitLabel="Schedule meeting"
            send={(body) => api.post(`/programmes/forums/${forum.id}/meetings`, { agenda: [], ...body })}
            onDone={refresh}
          />
        </details>
      ) : null}
    </section>
  );
}
