import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ActivityImportSummary } from '../../api/activity-types';
import { api, type Page } from '../../api/client';
import { dateTime } from '../../components/format';
import { Pagination } from '../../components/pagination';
import { Empty, Loading, Problem } from '../../components/status';

const LIMIT = 10;

/** Earlier imports (the office sees everyone's), so a result can be found again after leaving the page. */
export function ImportHistory(props: { shownId?: string; onShow: (importId: string) => void }) {
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['imports', page],
    queryFn: () => api.get<Page<ActivityImportSummary>>('/activities/imports', { page, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Imports</h2>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Problem error={list.error} /> : null}
      {list.data?.items.length === 0 ? <Empty>No imports yet.</Empty> : null}
      {list.data?.items.length ? (
        <table>
          <caption>Imports, newest first</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Uploaded</th>
              <th scope="col">By</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Already there</th>
              <th scope="col">With errors</th>
              <th scope="col">
                <span className="visually-hidden">Result</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.importId} aria-current={item.importId === props.shownId ? 'true' : undefined}>
                <td>{item.fileName ?? 'CSV upload'}</td>
                <td>{dateTime(item.createdAt)}</td>
                <td>{item.importedBy.name ?? item.importedBy.userId}</td>
                <td>
                  {item.status}
                  {item.status === 'running' ? ` (${item.processed} of ${item.total})` : ''}
                </td>
                <td>{item.created}</td>
                <td>{item.skipped}</td>
                <td>{item.errorCount}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => props.onShow(item.importId)}>
                    Show result<span className="visually-hidden"> of {item.fileName ?? 'this upload'}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.data ? <Pagination page={page} limit={LIMIT} total={list.data.total} onPage={setPage} /> : null}
    </section>
  );
}
