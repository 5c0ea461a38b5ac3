import { can } from '@app/permissions';
import { PROJECT_PRIORITIES, PROJECT_STATUSES, REVIEW_OUTCOMES } from '@app/enums';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { academicYearOf, date } from '../../components/format';
import { humanise, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';
import type { Project } from '../student/programme-types';

export function ProjectsPage() {
  const session = useSession();
  const queries = useQueryClient();
  const canWrite = !!session && can(session, 'programmes.projects.create');
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => api.get<Page<Project>>('/programmes/projects', { limit: 100 }),
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['projects'] });
  return (
    <>
      <PageHeading title="Priority partnership projects" />
      {projects.isPending ? <Loading /> : null}
      {projects.error ? <Problem error={projects.error} /> : null}
      {projects.data?.items.length === 0 ? <Empty>No projects yet.</Empty> : null}
      <ul className="cards">
        {projects.data?.items.map((project) => (
          <li key={project.id} className="card">
            <h2 className="card-title">{project.title}</h2>
            <p>
              <span className={`tag tag--${project.status}`}>{humanise(project.status)}</span> ·{' '}
              {humanise(project.priority)} · {project.academicYear}
            </p>
            {project.description ? <p>{project.description}</p> : null}
            {project.objectives.length ? (
              <ul>
                {project.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            ) : null}
            {project.reviews.map((review) => (
              <p key={review.id} className="hint">
                Reviewed {date(review.date)}: {review.summary} ({humanise(review.outcome)})
              </p>
            ))}
            {canWrite ? (
              <details>
                <summary>
                  Record the annual review<span className="visually-hidden"> of {project.title}</span>
                </summary>
                <QuickForm
                  fields={[
                    { key: 'date', label: 'Date', kind: 'date', required: true },
                    { key: 'summary', label: 'Summary', kind: 'textarea', required: true },
                    {
                      key: 'outcome',
                      label: 'Outcome',
                      kind: 'select',
                      required: true,
                      choices: toChoices(REVIEW_OUTCOMES),
                    },
                  ]}
                  submitLabel="Record review"
                  send={(body) => api.post(`/programmes/projects/${project.id}/reviews`, body)}
                  onDone={refresh}
                />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <section aria-labelledby="new-project">
          <h2 id="new-project">Propose a project</h2>
          <QuickForm
            fields={[
              { key: 'title', label: 'Title', required: true },
              {
                key: 'priority',
                label: 'Priority',
                kind: 'select',
                required: true,
                choices: toChoices(PROJECT_PRIORITIES),
              },
              {
                key: 'status',
                label: 'Status',
                kind: 'select',
                required: true,
                choices: toChoices(PROJECT_STATUSES),
                initial: 'proposed',
              },
              { key: 'academicYear', label: 'Academic year', required: true, initial: academicYearOf() },
              { key: 'description', label: 'Description', kind: 'textarea' },
              { key: 'objectives', label: 'Objectives', kind: 'list' },
            ]}
            submitLabel="Create project"
            send={(body) => api.post('/programmes/projects', body)}
            onDone={refresh}
          />
        </section>
      ) : null}
    </>
  );
}
