import { ORGANISATION_TYPES, PARTNER_STATUSES, PARTNER_TIERS } from '@app/enums';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { Partner, PartnerDetail } from '../../api/types';
import { ErrorSummary, SelectField, TextArea, TextField, toChoices } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { Loading, Problem } from '../../components/status';

type Draft = Record<
  | 'name'
  | 'organisationType'
  | 'tier'
  | 'status'
  | 'companyNumber'
  | 'sector'
  | 'country'
  | 'region'
  | 'website'
  | 'description'
  | 'aliases',
  string
>;

const EMPTY: Draft = {
  name: '',
  organisationType: '',
  tier: 'transactional',
  status: 'active',
  companyNumber: '',
  sector: '',
  country: '',
  region: '',
  website: '',
  description: '',
  aliases: '',
};

function fromPartner(partner: Partner): Draft {
  return {
    name: partner.name,
    organisationType: partner.organisationType,
    tier: partner.tier,
    status: partner.status,
    companyNumber: partner.companyNumber ?? '',
    sector: partner.sector ?? '',
    country: partner.country ?? '',
    region: partner.region ?? '',
    website: partner.website ?? '',
    description: partner.description ?? '',
    aliases: partner.aliases.join(', '),
  };
}

/** What the API gets: blanks left out on create, sent as null on edit so a cleared field is cleared. */
function toBody(draft: Draft, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(draft)) {
    const value = raw.trim();
    if (key === 'aliases') {
      body.aliases = value
        ? value
            .split(',')
            .map((alias) => alias.trim())
            .filter(Boolean)
        : [];
    } else if (key === 'tier' && editing) {
      continue; // a tier change needs a reason: the partner page has its own form for it
    } else if (value) body[key] = value;
    else if (editing && !['name', 'organisationType', 'status'].includes(key)) body[key] = null;
  }
  return body;
}

export function NewPartnerPage() {
  return <PartnerForm />;
}

export function EditPartnerPage() {
  const { id = '' } = useParams();
  const partner = useQuery({
    queryKey: ['partner', id],
    queryFn: () => api.get<PartnerDetail>(`/partners/${id}`),
  });
  if (partner.isPending) return <Loading />;
  if (partner.error) return <Problem error={partner.error} />;
  return <PartnerForm existing={partner.data} />;
}

function PartnerForm({ existing }: { existing?: Partner }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<Draft>(existing ? fromPartner(existing) : EMPTY);
  const save = useMutation({
    mutationFn: () =>
      existing
        ? api.patch<Partner>(`/partners/${existing.id}`, {
            ...toBody(draft, true),
            version: existing.version,
          })
        : api.post<Partner>('/partners', toBody(draft, false)),
    onSuccess: async (partner) => {
      await queries.invalidateQueries({ queryKey: ['partners'] });
      await queries.invalidateQueries({ queryKey: ['partner', partner.id] });
      void navigate(`/partners/${partner.id}`);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const errors = error?.fieldErrors() ?? {};
  const duplicateOf = error?.status === 409 ? error.body.existingId : undefined;
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = existing ? `Edit ${existing.name}` : 'Register a partner';
  return (
    <>
      <PageHeading title={title} />
      <form onSubmit={submit} noValidate className="form">
        {duplicateOf ? (
          <div className="warning" role="alert">
            <h2>This partner may already be registered</h2>
            <p>{error?.message}</p>
            <Link to={`/partners/${duplicateOf}`}>Open the existing partner</Link>
          </div>
        ) : (
          <ErrorSummary error={error} errors={errors} />
        )}
        {save.error && !error ? <Problem error={save.error} /> : null}
        <TextField label="Name" required value={draft.name} onChange={set('name')} error={errors.name} />
        <SelectField
          label="Organisation type"
          required
          value={draft.organisationType}
          onChange={set('organisationType')}
          choices={toChoices(ORGANISATION_TYPES)}
          blank="Choose…"
          hint="Decides the HE-BCI class: SME, non-SME commercial or non-commercial"
          error={errors.organisationType}
        />
        {existing ? null : (
          <SelectField
            label="Tier"
            value={draft.tier}
            onChange={set('tier')}
            choices={toChoices(PARTNER_TIERS)}
            error={errors.tier}
          />
        )}
        <SelectField
          label="Status"
          value={draft.status}
          onChange={set('status')}
          choices={toChoices(PARTNER_STATUSES)}
          error={errors.status}
        />
        <TextField
          label="Company number"
          value={draft.companyNumber}
          onChange={(value) => set('companyNumber')(value.toUpperCase())}
          hint="Companies House number, e.g. 00214436"
          error={errors.companyNumber}
        />
        <TextField label="Sector" value={draft.sector} onChange={set('sector')} error={errors.sector} />
        <TextField label="Country" value={draft.country} onChange={set('country')} error={errors.country} />
        <TextField label="Region" value={draft.region} onChange={set('region')} error={errors.region} />
        <TextField
          label="Website"
          type="url"
          value={draft.website}
          onChange={set('website')}
          error={errors.website}
        />
        <TextField
          label="Other names (comma-separated)"
          value={draft.aliases}
          onChange={set('aliases')}
          error={errors.aliases ?? errors['aliases.0']}
        />
        <TextArea
          label="Description"
          value={draft.description}
          onChange={set('description')}
          error={errors.description}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {existing ? 'Save changes' : 'Register partner'}
          </button>
          <Link to={existing ? `/partners/${existing.id}` : '/partners'}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
