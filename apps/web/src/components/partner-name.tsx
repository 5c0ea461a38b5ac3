import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Partner } from '../api/types';

/** A partner's name, linked, looked up once per id and cached. */
export function PartnerName({ id }: { id: string }) {
  const partner = useQuery({
    queryKey: ['partner-name', id],
    queryFn: () => api.get<Partner>(`/partners/${id}`),
    staleTime: 300_000,
  });
  return <Link to={`/partners/${id}`}>{partner.data?.name ?? 'Partner'}</Link>;
}
