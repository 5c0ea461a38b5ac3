import { can } from '@app/permissions';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { academicYearOf, date } from '../../components/format';
import { humanise } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';
import type { ActionPlan as Plan } from '../student/programme-types';

export function ActionPlansPage() {
  const session = useSession();
  const queries = useQueryClient();
  const canWrite = !!session && can(session, 'programmes.action_plans.create');
  const plans = useQuery({
    queryKey: ['action-plans'],
    queryFn: () => api.get<Page<Plan>>('/programmes/action-plans', { limit: 100 }),
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['action-plans'] });
  return (
    <>
      <PageHeading title="School action plans" />
      {plans.isPending ? <Loading /> : null}
      {plans.error ? <Problem error={plans.error} /> : null}
      {plans.data?.items.length === 0 ? <Empty>No action plans yet.</Empty> : null}
      {plans.data?.items.map((plan) => (
        <section key={plan.id} className="card" aria-labelledby={`plan-${plan.id}`}>
          <h2 id={`plan-${plan.id}`}>
            {plan.school} {plan.academicYear}
          </h2>
          <p>
            {plan.progress.done} of {plan.progress.items} done · {plan.progress.withStudentInput} with student
            input
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Student input</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.title}</td>
                  <td>{item.owner}</td>
                  <td>{date(item.dueDate)}</td>
                  <td>{humanise(item.status)}</td>
                  <td>{item.studentInput ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canWrite ? (
            <details>
              <summary>Add an action</summary>
              <QuickForm
                fields={[
                  { key: 'title', label: 'Action', required: true },
                  { key: 'owner', label: 'Owner', required: true },
                  { key: 'dueDate', label: 'Due date', kind: 'date' },
                  { key: 'studentInput', label: 'Student input', kind: 'textarea' },
                ]}
                submitLabel="Add action"
                send={(body) => api.post(`/programmes/action-plans/${plan.id}/items`, body)}
                onDone={refresh}
              />
            </details>
          ) : null}
        </section>
      ))}
      {canWrite ? (
        <section aria-labelledby="new-plan">
          <h2 id="new-plan">Start a school's action plan</h2>
          <QuickForm
            fields={[
              { key: 'school', label: 'School', required: true },
              { key: 'academicYear', label: 'Academic year', required: true, initial: academicYearOf() },
            ]}
            submitLabel="Create plan"
            send={(body) => api.post('/programmes/action-plans', { items: [], ...body })}
            onDone={refresh}
          />
        </section>
      ) : null}
    </>
  );
}
