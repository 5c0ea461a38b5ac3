import { AGREEMENT_STATUSES, AGREEMENT_TYPES, GOAL_STATUSES, PARTNER_TIERS } from '@app/enums';
import { can } from '@app/permissions';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Page } from '../../api/client';
import type { Activity, PartnerDetail } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { date, dateTime, gbp } from '../../components/format';
import { humanise, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';

export function PartnerPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const may = (operation: string) => !!session && can(session, operation);
  const partner = useQuery({
    queryKey: ['partner', id],
    queryFn: () => api.get<PartnerDetail>(`/partners/${id}`),
  });
  const activities = useQuery({
    queryKey: ['activities', { partnerId: id }],
    queryFn: () => api.get<Page<Activity>>('/activities', { partnerId: id, limit: 200 }),
  });
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['partner', id] });
    await queries.invalidateQueries({ queryKey: ['partners'] });
  };
  const archive = useMutation({
    mutationFn: () => api.delete(`/partners/${id}`),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['partners'] });
      void navigate('/partners');
    },
  });
  if (partner.isPending) return <Loading what="Loading the partner" />;
  if (partner.error) return <Problem error={partner.error} />;
  const p = partner.data;
  const timeline = [...(activities.data?.items ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <>
      <PageHeading title={p.name}>
        {may('partners.update') && !p.archivedAt ? (
          <>
            <Link className="button" to={`/partners/${id}/edit`}>
              Edit details
            </Link>
            {may('partners.archive') ? (
              <button
                type="button"
                className="danger"
                onClick={() => {
                  if (window.confirm(`Archive ${p.name}? It leaves the register's lists; its history stays.`))
                    archive.mutate();
                }}
              >
                Archive
              </button>
            ) : null}
          </>
        ) : null}
      </PageHeading>
      {p.archivedAt ? <p className="warning">Archived on {date(p.archivedAt)}.</p> : null}
      <dl className="facts">
        <dt>Tier</dt>
        <dd>
          <span className={`tag tag--${p.tier}`}>{humanise(p.tier)}</span>
        </dd>
        <dt>Status</dt>
        <dd>{humanise(p.status)}</dd>
        <dt>Organisation type</dt>
        <dd>{humanise(p.organisationType)}</dd>
        <dt>Company number</dt>
        <dd>{p.companyNumber ?? '—'}</dd>
        <dt>Sector</dt>
        <dd>{p.sector ?? '—'}</dd>
        <dt>Other names</dt>
        <dd>{p.aliases.length ? p.aliases.join(', ') : '—'}</dd>
      </dl>
      {p.description ? <p>{p.description}</p> : null}

      <section aria-labelledby="tier-heading">
        <h2 id="tier-heading">Tier history</h2>
        {p.tierHistory.length === 0 ? (
          <Empty>The tier has not changed since registration.</Empty>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Reason</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {p.tierHistory.map((change) => (
                <tr key={change.changedAt}>
                  <td>{dateTime(change.changedAt)}</td>
                  <td>{humanise(change.from)}</td>
                  <td>{humanise(change.to)}</td>
                  <td>{change.reason}</td>
                  <td>{change.changedBy.name ?? change.changedBy.userId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {may('partners.update') && !p.archivedAt ? (
          <details>
            <summary>Change tier</summary>
            <QuickForm
              key={p.version}
              fields={[
                {
                  key: 'tier',
                  label: 'New tier',
                  kind: 'select',
                  required: true,
                  choices: toChoices(PARTNER_TIERS.filter((tier) => tier !== p.tier)),
                },
                {
                  key: 'tierChangeReason',
                  label: 'Reason for the change',
                  kind: 'textarea',
                  required: true,
                  hint: 'Kept in the tier history',
                },
              ]}
              submitLabel="Change tier"
              extra={{ version: p.version }}
              send={(body) => api.patch(`/partners/${id}`, body)}
              onDone={refresh}
            />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contacts</h2>
        {p.contacts.length === 0 ? (
          <Empty>No contacts yet.</Empty>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Job title</th>
                <th scope="col">Role in the relationship</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
              </tr>
            </thead>
            <tbody>
              {p.contacts.map((contact) => (
                <tr key={contact.id}>
                  <td>
                    {contact.name}
                    {contact.primary ? <span className="tag"> primary</span> : null}
                  </td>
                  <td>{contact.jobTitle ?? '—'}</td>
                  <td>{contact.relationshipRole ?? '—'}</td>
                  <td>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '—'}</td>
                  <td>{contact.phone ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {may('partners.contacts.create') ? (
          <details>
            <summary>Add a contact</summary>
            <QuickForm
              fields={[
                { key: 'name', label: 'Name', required: true },
                { key: 'jobTitle', label: 'Job title' },
                { key: 'relationshipRole', label: 'Role in the relationship' },
                { key: 'email', label: 'Email', kind: 'email' },
                { key: 'phone', label: 'Phone' },
                { key: 'primary', label: 'Primary contact', kind: 'checkbox' },
              ]}
              submitLabel="Add contact"
              send={(body) => api.post(`/partners/${id}/contacts`, body)}
              onDone={refresh}
            />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Shared goals and objectives</h2>
        {p.goals.length === 0 ? (
          <Empty>No shared goals yet.</Empty>
        ) : (
          <ul className="cards">
            {p.goals.map((goal) => (
              <li key={goal.id} className="card">
                <h3>{goal.title}</h3>
                <p>
                  <span className={`tag tag--${goal.status}`}>{humanise(goal.status)}</span> · target{' '}
                  {date(goal.targetDate)}
                </p>
                {goal.description ? <p>{goal.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {may('partners.goals.create') ? (
          <details>
            <summary>Add a goal</summary>
            <QuickForm
              fields={[
                { key: 'title', label: 'Title', required: true },
                { key: 'description', label: 'Description', kind: 'textarea' },
                { key: 'targetDate', label: 'Target date', kind: 'date' },
                {
                  key: 'status',
                  label: 'Status',
                  kind: 'select',
                  required: true,
                  choices: toChoices(GOAL_STATUSES),
                  initial: 'planned',
                },
              ]}
              submitLabel="Add goal"
              send={(body) => api.post(`/partners/${id}/goals`, body)}
              onDone={refresh}
            />
          </details>
        ) : null}
      </section>

      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">Agreements</h2>
        {p.agreements.length === 0 ? (
          <Empty>No agreements recorded.</Empty>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                {'valueGbp' in (p.agreements[0] ?? {}) ? <th scope="col">Value</th> : null}
              </tr>
            </thead>
            <tbody>
              {p.agreements.map((agreement) => (
                <tr key={agreement.id}>
                  <td>{agreement.title}</td>
                  <td>{humanise(agreement.type)}</td>
                  <td>{humanise(agreement.status)}</td>
                  <td>{date(agreement.startDate)}</td>
                  <td>{date(agreement.endDate)}</td>
                  {'valueGbp' in agreement ? <td className="number">{gbp(agreement.valueGbp)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {may('partners.agreements.create') ? (
          <details>
            <summary>Add an agreement</summary>
            <QuickForm
              fields={[
                { key: 'title', label: 'Title', required: true },
                {
                  key: 'type',
                  label: 'Type',
                  kind: 'select',
                  required: true,
                  choices: toChoices(AGREEMENT_TYPES),
                },
                {
                  key: 'status',
                  label: 'Status',
                  kind: 'select',
                  required: true,
                  choices: toChoices(AGREEMENT_STATUSES),
                  initial: 'active',
                },
                { key: 'startDate', label: 'Start date', kind: 'date', required: true },
                { key: 'endDate', label: 'End date', kind: 'date' },
                { key: 'valueGbp', label: 'Value', kind: 'money' },
                { key: 'documentRef', label: 'Document reference' },
              ]}
              submitLabel="Add agreement"
              send={(body) => api.post(`/partners/${id}/agreements`, body)}
              onDone={refresh}
            />
          </details>
        ) : null}
      </section>

      {p.members.length ? (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">Member organisations</h2>
          <ul>
            {p.members.map((member) => (
              <li key={member.id}>
                <Link to={`/partners/${member.memberPartnerId}`}>
                  {member.memberName ?? member.memberPartnerId}
                </Link>
                {member.role ? ` (${member.role})` : null}
                {member.joinedOn ? ` · joined ${date(member.joinedOn)}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Activity timeline</h2>
        {activities.isPending ? <Loading what="Loading activities" /> : null}
        {activities.error ? <Problem error={activities.error} /> : null}
        {activities.data && timeline.length === 0 ? (
          <Empty>No activity logged with this partner yet.</Empty>
        ) : null}
        {timeline.length ? (
          <ol className="timeline">
            {timeline.map((activity) => (
              <li key={activity.id}>
                <time dateTime={activity.startDate}>{date(activity.startDate)}</time>
                <div>
                  <strong>{activity.title}</strong>
                  <p>
                    {humanise(activity.type)} · {activity.faculty} · {humanise(activity.status)} ·{' '}
                    {gbp(activity.valueGbp)}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}
