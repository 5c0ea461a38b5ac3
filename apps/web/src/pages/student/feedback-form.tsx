import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, ApiError, type Page } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { date } from '../../components/format';
import {
  CheckboxField,
  ErrorSummary,
  humanise,
  SelectField,
  TextArea,
  TextField,
} from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Empty, Notice, Problem } from '../../components/status';
import type { Feedback, TeachingGroup as Group } from './programme-types';

export function FeedbackFormPage() {
  const session = useSession();
  const queries = useQueryClient();
  const blank = {
    school: session?.school ?? '',
    teachingGroupId: '',
    subject: '',
    body: '',
    expectation: '',
    service: '',
  };
  const [draft, setDraft] = useState(blank);
  const [anonymous, setAnonymous] = useState(false);
  const groups = useQuery({
    queryKey: ['teaching-groups', draft.school],
    queryFn: () => api.get<Page<Group>>('/programmes/teaching-groups', { school: draft.school, limit: 200 }),
    enabled: /^[A-Z][A-Z0-9-]{1,39}$/.test(draft.school),
  });
  const mine = useQuery({
    queryKey: ['feedback', 'mine'],
    queryFn: () => api.get<Page<Feedback>>('/programmes/feedback', { limit: 50 }),
  });
  const submit = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = { anonymous };
      for (const [key, value] of Object.entries(draft)) if (value.trim()) body[key] = value.trim();
      return api.post<Feedback>('/programmes/feedback', body);
    },
    onSuccess: async () => {
      setDraft(blank);
      setAnonymous(false);
      await queries.invalidateQueries({ queryKey: ['feedback'] });
      window.scrollTo(0, 0);
    },
  });
  const error = submit.error instanceof ApiError ? submit.error : null;
  const errors = error?.fieldErrors() ?? {};
  const set = (key: keyof typeof blank) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const send = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate();
  };
  return (
    <>
      <PageHeading title="Give feedback" />
      {submit.data ? (
        <Notice>
          Thank you. Your feedback went to the {humanise(submit.data.level)}; a first answer is due by{' '}
          {date(submit.data.dueBy)}.
          {submit.data.anonymous
            ? ' It was sent anonymously: nobody else can see who wrote it; you can follow it below.'
            : ''}
        </Notice>
      ) : null}
      <form onSubmit={send} noValidate className="form">
        <ErrorSummary error={error} errors={errors} />
        <TextField
          label="Your school"
          required
          value={draft.school}
          onChange={(value) => set('school')(value.toUpperCase())}
          hint="A school code such as LAW"
          error={errors.school}
        />
        <SelectField
          label="Module or course (optional)"
          value={draft.teachingGroupId}
          onChange={set('teachingGroupId')}
          choices={(groups.data?.items ?? []).map((group) => ({
            value: group.id,
            label: `${group.code} ${group.name}`,
          }))}
          blank="Not about one module"
          hint="Its student representative can then answer it"
          error={errors.teachingGroupId}
        />
        <TextField
          label="Subject"
          required
          value={draft.subject}
          onChange={set('subject')}
          error={errors.subject}
        />
        <TextArea
          label="Your feedback"
          required
          rows={6}
          value={draft.body}
          onChange={set('body')}
          error={errors.body}
        />
        <TextField
          label="Which expectation of the charter was not met? (optional)"
          value={draft.expectation}
          onChange={set('expectation')}
          error={errors.expectation}
        />
        <TextField
          label="Is it about a service? (optional)"
          value={draft.service}
          onChange={set('service')}
          hint="e.g. Library, IT: it then goes to that service's desk first"
          error={errors.service}
        />
        <CheckboxField
          label="Send anonymously"
          checked={anonymous}
          onChange={setAnonymous}
          hint="Nobody, administrators included, will ever be able to see who wrote it. You can still follow it here."
        />
        <button type="submit" className="primary" disabled={submit.isPending}>
          Send feedback
        </button>
      </form>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Your feedback</h2>
        {mine.error ? <Problem error={mine.error} /> : null}
        {mine.data?.items.length === 0 ? <Empty>You have not sent any feedback yet.</Empty> : null}
        <ul className="cards">
          {mine.data?.items.map((item) => (
            <li key={item.id} className="card">
              <h3>{item.subject}</h3>
              <p>
                {humanise(item.status)} · with the {humanise(item.level)} · sent {date(item.createdAt)}
              </p>
              {item.responses.map((response, i) => (
                <blockquote key={i}>{response.body}</blockquote>
              ))}
              {item.outcome ? (
                <p>
                  <strong>Outcome:</strong> {item.outcome}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
