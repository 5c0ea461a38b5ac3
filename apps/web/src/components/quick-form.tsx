import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client';
import { type Choice, CheckboxField, ErrorSummary, SelectField, TextArea, TextField } from './forms';

export interface FieldSpec {
  key: string;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'number' | 'money' | 'email' | 'select' | 'checkbox' | 'list';
  choices?: Choice[];
  required?: boolean;
  hint?: string;
  initial?: string;
}

export type Values = Record<string, string>;

/** A form value as the API wants it: numbers as numbers, lists split by line, blanks left out. */
export function bodyFrom(fields: FieldSpec[], values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = (values[field.key] ?? '').trim();
    if (field.kind === 'checkbox') {
      if (raw === 'true') body[field.key] = true;
      continue;
    }
    if (!raw) continue;
    if (field.kind === 'number' || field.kind === 'money') body[field.key] = Number(raw);
    else if (field.kind === 'list')
      body[field.key] = raw
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    else body[field.key] = raw;
  }
  return body;
}

export function FieldInput({
  field,
  value,
  onChange,
  error,
}: {
  field: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const common = { label: field.label, required: field.required, hint: field.hint, error };
  switch (field.kind) {
    case 'textarea':
      return <TextArea {...common} value={value} onChange={onChange} />;
    case 'list':
      return <TextArea {...common} hint={field.hint ?? 'One per line'} value={value} onChange={onChange} />;
    case 'select':
      return (
        <SelectField
          {...common}
          value={value}
          onChange={onChange}
          choices={field.choices ?? []}
          blank={field.required ? 'Choose…' : '—'}
        />
      );
    case 'checkbox':
      return (
        <CheckboxField
          label={field.label}
          hint={field.hint}
          checked={value === 'true'}
          onChange={(checked) => onChange(String(checked))}
        />
      );
    case 'money':
      return (
        <TextField
          {...common}
          type="number"
          step="0.01"
          min={0}
          value={value}
          onChange={onChange}
          hint={field.hint ?? 'Pounds sterling'}
        />
      );
    case 'number':
      return <TextField {...common} type="number" value={value} onChange={onChange} />;
    case 'date':
      return <TextField {...common} type="date" value={value} onChange={onChange} />;
    case 'email':
      return <TextField {...common} type="email" value={value} onChange={onChange} />;
    default:
      return <TextField {...common} value={value} onChange={onChange} />;
  }
}

/** A small create form: the fields, the API's field errors beside them, a submit button. */
export function QuickForm({
  fields,
  submitLabel,
  send,
  onDone,
  extra,
}: {
  fields: FieldSpec[];
  submitLabel: string;
  send: (body: Record<string, unknown>) => Promise<unknown>;
  onDone?: () => void | Promise<void>;
  extra?: Record<string, unknown>;
}) {
  const initial = () => Object.fromEntries(fields.map((field) => [field.key, field.initial ?? '']));
  const [values, setValues] = useState<Values>(initial);
  const mutation = useMutation({
    mutationFn: () => send({ ...bodyFrom(fields, values), ...extra }),
    onSuccess: async () => {
      setValues(initial());
      await onDone?.();
    },
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const errors = error?.fieldErrors() ?? {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="form form--compact">
      <ErrorSummary error={mutation.error} errors={errors} />
      {fields.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={values[field.key] ?? ''}
          onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
          error={errors[field.key]}
        />
      ))}
      <button type="submit" disabled={mutation.isPending}>
        {submitLabel}
      </button>
      {mutation.isSuccess ? (
        <p className="notice" role="status">
          Saved.
        </p>
      ) : null}
    </form>
  );
}
