import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';
import type { Enquiry } from '../../api/types';
import { useSession } from '../../auth/use-session';
import { date } from '../../components/format';
import { humanise } from '../../components/forms';
import { PageHeading } from '../../components/page';
import { QuickForm } from '../../components/quick-form';
import { Empty, Loading, Problem } from '../../components/status';

export function EnquiriesPage() {
  const session = useSession();
  const queries = useQueryClient();
  const enquiries = useQuery({
    queryKey: ['enquiries'],
    queryFn: () => api.get<Page<Enquiry>>('/partners/enquiries', { limit: 100 }),
  });
  const refresh = () => queries.invalidateQueries({ queryKey: ['enquiries'] });
  const move = useMutation({
    mutationFn: ({ id, to }: { id: string; to: string }) =>
      api.post(`/partners/enquiries/${id}/transition`, {
        to,
        note: `Moved to ${to.replace('_', ' ')} from the web app`,
      }),
    onSuccess: refresh,
  });
  return (
    <>
      <PageHeading title="Partnership enquiries" />
      <p>Staff who wish to develop a partnership tell the commercialisation office here.</p>
      {enquiries.isPending ? <Loading /> : null}
      {enquiries.error ? <Problem error={enquiries.error} /> : null}
      {move.error ? <Problem error={move.error} /> : null}
      {enquiries.data?.items.length === 0 ? <Empty>No enquiries.</Empty> : null}
      {enquiries.data?.items.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Faculty</th>
              <th scope="col">Summary</th>
              <th scope="col">Raised</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {enquiries.data.items.map((enquiry) => (
              <tr key={enquiry.id}>
                <td>{enquiry.organisationName}</td>
                <td>{enquiry.faculty}</td>
                <td>{enquiry.summary}</td>
                <td>{date(enquiry.createdAt)}</td>
                <td>
                  {humanise(enquiry.status)}
                  {enquiry.allowedTransitions.map((to) => (
                    <button
                      key={to}
                      type="button"
                      className="small"
                      onClick={() => move.mutate({ id: enquiry.id, to })}
                    >
                      {humanise(to)}
                      <span className="visually-hidden"> {enquiry.organisationName}</span>
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <section aria-labelledby="raise-heading">
        <h2 id="raise-heading">Raise an enquiry</h2>
        <QuickForm
          fields={[
            { key: 'organisationName', label: 'Organisation', required: true },
            { key: 'faculty', label: 'Faculty', required: true, initial: session?.faculty ?? '' },
            { key: 'summary', label: 'What you have in mind', kind: 'textarea', required: true },
          ]}
          submitLabel="Send to the commercialisation office"
          send={(body) => api.post('/partners/enquiries', body)}
          onDone={refresh}
        />
      </section>
    </>
  );
}
