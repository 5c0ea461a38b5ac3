import { type ReactNode, useId } from 'react';

interface FieldShell {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

function Shell({
  id,
  label,
  error,
  hint,
  required,
  children,
}: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className={required ? 'required' : undefined}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField(
  props: FieldShell & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'date' | 'number' | 'url' | 'search' | 'tel';
    name?: string;
    step?: string;
    min?: number;
    max?: number;
    autoComplete?: string;
  },
) {
  const id = useId();
  const { value, onChange, type = 'text', name, step, min, max, autoComplete, ...shell } = props;
  return (
    <Shell id={id} {...shell}>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        step={step}
        min={min}
        max={max}
        autoComplete={autoComplete}
        required={shell.required}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(id, shell.error, shell.hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Shell>
  );
}

export function TextArea(
  props: FieldShell & { value: string; onChange: (value: string) => void; rows?: number },
) {
  const id = useId();
  const { value, onChange, rows = 4, ...shell } = props;
  return (
    <Shell id={id} {...shell}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        required={shell.required}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(id, shell.error, shell.hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </Shell>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(
  props: FieldShell & { value: string; onChange: (value: string) => void; choices: Choice[]; blank?: string },
) {
  const id = useId();
  const { value, onChange, choices, blank, ...shell } = props;
  return (
    <Shell id={id} {...shell}>
      <select
        id={id}
        value={value}
        required={shell.required}
        aria-invalid={shell.error ? true : undefined}
        aria-describedby={describedBy(id, shell.error, shell.hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The problems of a rejected form, at its top, so a screen reader hears them at once. */
/** `error` is what the form's request failed with; its message shows when no field is named. */
export function ErrorSummary({ error, errors }: { error: unknown; errors: Record<string, string> }) {
  const entries = Object.entries(errors);
  const message = error instanceof Error && entries.length === 0 ? error.message : undefined;
  if (!message && entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>There is a problem</h2>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([field, problem]) => (
            <li key={field}>
              <strong>{field}</strong> {problem}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export const toChoices = (values: readonly string[]): Choice[] =>
  values.map((value) => ({ value, label: humanise(value) }));

export function humanise(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
