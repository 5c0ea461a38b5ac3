import { FEEDBACK_STATUSES } from '@app/enums';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Page } from '../../api/client';
import { date } from '../../components/format';
import { CheckboxField, humanise, SelectField, TextField, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Pagination } from '../../components/pagination';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';
import type { Feedback } from '../student/programme-types';

const LIMIT = 20;

export function FeedbackQueuePage() {
  const queries = useQueryClient();
  const [school, setSchool] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const filters = { school: school.trim() || undefined, status, overdue: overdue ? 'true' : undefined };
  const list = useQuery({
    queryKey: ['feedback', 'queue', filters, page],
    queryFn: () => api.get<Page<Feedback>>('/programmes/feedback', { ...filters, page, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['feedback'] });
  return (
    <>
      <PageHeading title="Feedback queue" />
      <div className="filters">
        <TextField
          label="School"
          value={school}
          onChange={(value) => {
            setSchool(value.toUpperCase());
            setPage(1);
          }}
        />
        <SelectField
          label="Status"
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          choices={toChoices(FEEDBACK_STATUSES)}
          blank="Any status"
        />
        <CheckboxField
          label="Only overdue"
          checked={overdue}
          onChange={(value) => {
            setOverdue(value);
            setPage(1);
          }}
          hint="Past the first-response deadline with no answer"
        />
      </div>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Problem error={list.error} /> : null}
      {list.data?.items.length === 0 ? <Empty>Nothing waiting here.</Empty> : null}
      <ul className="cards">
        {list.data?.items.map((item) => (
          <li key={item.id} className={`card${item.overdue ? ' card--overdue' : ''}`}>
            <h2 className="card-title">{item.subject}</h2>
            <p>
              <span className={`tag tag--${item.status}`}>{humanise(item.status)}</span> ·{' '}
              {humanise(item.level)} · {item.school} · from{' '}
              {item.author?.name ?? (item.anonymous ? 'an anonymous student' : 'a student')} ·{' '}
              {date(item.createdAt)}
              {item.overdue ? (
                <strong className="overdue"> · Overdue (due {date(item.dueBy)})</strong>
              ) : (
                ` · due ${date(item.dueBy)}`
              )}
            </p>
            <p className="prewrap">{item.body}</p>
            {item.responses.map((response, i) => (
              <blockquote key={i}>{response.body}</blockquote>
            ))}
            {item.outcome ? (
              <p>
                <strong>Outcome:</strong> {item.outcome}
              </p>
            ) : null}
            {item.allowedActions.length ? (
              <div className="actions">
                {item.allowedActions.includes('respond') ? (
                  <details>
                    <summary>
                      Respond<span className="visually-hidden"> to “{item.subject}”</span>
                    </summary>
                    <QuickForm
                      fields={[{ key: 'body', label: 'Response', kind: 'textarea', required: true }]}
                      submitLabel="Send response"
                      send={(body) => api.post(`/programmes/feedback/${item.id}/responses`, body)}
                      onDone={refresh}
                    />
                  </details>
                ) : null}
                {item.allowedActions.includes('escalate') ? (
                  <details>
                    <summary>
                      Escalate<span className="visually-hidden"> “{item.subject}”</span>
                    </summary>
                    <QuickForm
                      fields={[
                        {
                          key: 'reason',
                          label: 'Why it goes to the next level',
                          kind: 'textarea',
                          required: true,
                        },
                      ]}
                      submitLabel="Escalate"
                      send={(body) => api.post(`/programmes/feedback/${item.id}/escalate`, body)}
                      onDone={refresh}
                    />
                  </details>
                ) : null}
                {item.allowedActions.includes('close') ? (
                  <details>
                    <summary>
                      Close<span className="visually-hidden"> “{item.subject}”</span>
                    </summary>
                    <QuickForm
                      fields={[
                        {
                          key: 'outcome',
                          label: 'What was done (shown under “you said, we did”)',
                          kind: 'textarea',
                          required: true,
                        },
                      ]}
                      submitLabel="Close with this outcome"
                      send={(body) => api.post(`/programmes/feedback/${item.id}/close`, body)}
                      onDone={refresh}
                    />
                  </details>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {list.data ? <Pagination page={page} limit={LIMIT} total={list.data.total} onPage={setPage} /> : null}
    </>
  );
}
