import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, type Page } from '../../api/client';
import type { Partner } from '../../api/types';
import { humanise } from '../../components/forms';

/** Search the register and choose one partner: a search box and a radio group of matches. */
export function PartnerPicker({
  value,
  onChange,
  error,
}: {
  value: Partner | null;
  onChange: (partner: Partner) => void;
  error?: string;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const matches = useQuery({
    queryKey: ['partners', 'picker', q],
    queryFn: () => api.get<Page<Partner>>('/partners', { q: q.trim(), limit: 8 }),
    placeholderData: keepPreviousData,
    enabled: q.trim().length >= 2,
  });
  const options = matches.data?.items ?? [];
  return (
    <fieldset
      className={`field picker${error ? ' field--error' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="required">Partner</legend>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="chosen" aria-live="polite">
        {value ? (
          <>
            Chosen: <strong>{value.name}</strong>
          </>
        ) : (
          'No partner chosen yet.'
        )}
      </p>
      <label htmlFor={`${id}-search`}>Search the register</label>
      <input
        id={`${id}-search`}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        placeholder="At least 2 letters"
      />
      {q.trim().length >= 2 && matches.data && options.length === 0 ? (
        <p className="hint">No partner matches “{q}”.</p>
      ) : null}
      {options.length ? (
        <div role="radiogroup" aria-label="Matching partners" className="picker-options">
          {options.map((partner) => (
            <label key={partner.id} className="picker-option">
              <input
                type="radio"
                name={`${id}-partner`}
                checked={value?.id === partner.id}
                onChange={() => onChange(partner)}
              />
              {partner.name}{' '}
              <span className="hint">
                ({humanise(partner.organisationType)}, {partner.tier})
              </span>
            </label>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
