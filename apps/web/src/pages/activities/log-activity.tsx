import { ACTIVITY_STATUSES, ACTIVITY_TYPES, ActivityPattern } from '@app/enums';
import { scopeOf } from '@app/permissions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { Activity, Partner } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { ErrorSummary, SelectField, TextArea, TextField, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { bodyFrom, FieldInput, type Values } from '../../components/quick-form';
import { Notice, Problem } from '../../components/status';
import { FACULTIES } from '../auth/sign-in';
import { DETAIL_FIELDS, TYPE_LABELS } from './activity-types';
import { PartnerPicker } from './partner-picker';

interface Draft {
  type: string;
  title: string;
  description: string;
  faculty: string;
  school: string;
  status: string;
  startDate: string;
  endDate: string;
  valueGbp: string;
  inKindGbp: string;
}

export function LogActivityPage() {
  const session = useSession();
  const queries = useQueryClient();
  const facultyOnly = !!session && scopeOf(session, ActivityPattern.Create) === 'faculty';
  const blank = (): Draft => ({
    type: '',
    title: '',
    description: '',
    faculty: session?.faculty ?? '',
    school: '',
    status: 'active',
    startDate: '',
    endDate: '',
    valueGbp: '',
    inKindGbp: '',
  });
  const [draft, setDraft] = useState<Draft>(blank);
  const [details, setDetails] = useState<Values>({});
  const [partner, setPartner] = useState<Partner | null>(null);
  const detailFields = DETAIL_FIELDS[draft.type] ?? [];
  const log = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = { type: draft.type || undefined, partnerId: partner?.id };
      for (const key of [
        'title',
        'description',
        'faculty',
        'school',
        'status',
        'startDate',
        'endDate',
      ] as const) {
        if (draft[key].trim()) body[key] = draft[key].trim();
      }
      for (const key of ['valueGbp', 'inKindGbp'] as const)
        if (draft[key].trim()) body[key] = Number(draft[key]);
      const detailBody = bodyFrom(detailFields, details);
      if (detailFields.length) body.details = detailBody;
      return api.post<Activity>('/activities', body);
    },
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['activities'] });
      setDraft(blank());
      setDetails({});
      setPartner(null);
      window.scrollTo(0, 0);
    },
  });
  const error = log.error instanceof ApiError ? log.error : null;
  const errors = error?.fieldErrors() ?? {};
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate();
  };
  return (
    <>
      <PageHeading title="Log an activity" />
      {log.data ? (
        <Notice>
          Logged “{log.data.title}” ({log.data.academicYear}).{' '}
          <Link to="/activities">See your activities</Link>
        </Notice>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary error={error} errors={errors} />
        {log.error && !error ? <Problem error={log.error} /> : null}
        <SelectField
          label="Kind of activity"
          required
          value={draft.type}
          onChange={(type) => {
            set('type')(type);
            setDetails({});
          }}
          choices={ACTIVITY_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] ?? value }))}
          blank="Choose…"
          hint="The form asks for what this kind of activity needs"
          error={errors.type}
        />
        <PartnerPicker value={partner} onChange={setPartner} error={errors.partnerId} />
        <TextField label="Title" required value={draft.title} onChange={set('title')} error={errors.title} />
        <TextArea
          label="Description"
          value={draft.description}
          onChange={set('description')}
          error={errors.description}
        />
        {facultyOnly ? (
          <p>
            Faculty: <strong>{session?.faculty}</strong>
          </p>
        ) : (
          <SelectField
            label="Faculty"
            required
            value={draft.faculty}
            onChange={set('faculty')}
            choices={FACULTIES.map((f) => ({ value: f, label: f }))}
            blank="Choose…"
            error={errors.faculty}
          />
        )}
        <TextField label="School" value={draft.school} onChange={set('school')} error={errors.school} />
        <SelectField
          label="Status"
          value={draft.status}
          onChange={set('status')}
          choices={toChoices(ACTIVITY_STATUSES)}
          error={errors.status}
        />
        <TextField
          label="Start date"
          type="date"
          required
          value={draft.startDate}
          onChange={set('startDate')}
          hint="Decides the academic year (1 August – 31 July)"
          error={errors.startDate}
        />
        <TextField
          label="End date"
          type="date"
          value={draft.endDate}
          onChange={set('endDate')}
          error={errors.endDate}
        />
        <TextField
          label="Value (£)"
          type="number"
          step="0.01"
          min={0}
          value={draft.valueGbp}
          onChange={set('valueGbp')}
          error={errors.valueGbp}
        />
        <TextField
          label="In-kind value (£)"
          type="number"
          step="0.01"
          min={0}
          value={draft.inKindGbp}
          onChange={set('inKindGbp')}
          error={errors.inKindGbp}
        />
        {detailFields.length ? (
          <fieldset className="details">
            <legend>{TYPE_LABELS[draft.type]} details</legend>
            {errors.details ? (
              <p className="field-error" role="alert">
                {errors.details}
              </p>
            ) : null}
            {detailFields.map((field) => (
              <FieldInput
                key={`${draft.type}-${field.key}`}
                field={field}
                value={details[field.key] ?? ''}
                onChange={(value) => setDetails((current) => ({ ...current, [field.key]: value }))}
                error={errors[`details.${field.key}`]}
              />
            ))}
          </fieldset>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={log.isPending}>
            Log activity
          </button>
        </div>
      </form>
    </>
  );
}
