import { useMutation } from '@tanstack/react-query';
import { download, type Query } from '../api/client';
import { Problem } from './status';

/** "Download CSV" and "Download Excel" for a report with the same filters as on screen. */
export function DownloadButtons({ path, query = {}, what }: { path: string; query?: Query; what: string }) {
  const save = useMutation({ mutationFn: (format: 'csv' | 'xlsx') => download(path, { ...query, format }) });
  return (
    <div className="downloads">
      <button type="button" onClick={() => save.mutate('csv')} disabled={save.isPending}>
        Download CSV<span className="visually-hidden"> of {what}</span>
      </button>
      <button type="button" onClick={() => save.mutate('xlsx')} disabled={save.isPending}>
        Download Excel<span className="visually-hidden"> of {what}</span>
      </button>
      {save.data ? (
        <span role="status" className="hint">
          Saved {save.data}
        </span>
      ) : null}
      {save.error ? <Problem error={save.error} /> : null}
    </div>
  );
}
