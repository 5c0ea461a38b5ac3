import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ActivityImport, ActivityImportAccepted } from '../../api/activity-types';
import { api, ApiError, download, request } from '../../api/client';
import { PageHeading } from '../../components/page';
import { Notice, Problem } from '../../components/status';
import { ImportHistory } from './import-history';

const FINISHED = ['completed', 'failed'];

export function ActivityImportPage() {
  const id = useId();
  const queries = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  // The import shown below is in the address, so a reload or a link comes back to it.
  const [params, setParams] = useSearchParams();
  const importId = params.get('import') ?? undefined;
  const show = (shown: string) => setParams({ import: shown });
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen, chosen.name);
      return request<ActivityImportAccepted>('POST', '/activities/imports', form);
    },
    onSuccess: ({ importId: accepted }) => {
      show(accepted);
      void queries.invalidateQueries({ queryKey: ['imports'] });
    },
  });
  const progress = useQuery({
    queryKey: ['import', importId],
    queryFn: () => api.get<ActivityImport>(`/activities/imports/${importId}`),
    enabled: !!importId,
    refetchInterval: (query) =>
      query.state.data && FINISHED.includes(query.state.data.status) ? false : 500,
  });
  const state = progress.data;
  const finished = !!state && FINISHED.includes(state.status);
  useEffect(() => {
    if (!finished) return;
    void queries.invalidateQueries({ queryKey: ['activities'] });
    void queries.invalidateQueries({ queryKey: ['imports'] });
  }, [finished, queries]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  const uploadError = upload.error instanceof ApiError ? upload.error : null;
  return (
    <>
      <PageHeading title="Import activities from a CSV file" />
      <p>
        One activity per row, with the columns of the template. Bad rows are reported with their line number
        and skipped; the good ones are logged. Importing the same file again creates nothing new.
      </p>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => void download('/activities/imports/template')}
        >
          Download the template CSV
        </button>
      </p>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={`${id}-file`}>CSV file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        {uploadError ? <Problem error={uploadError} /> : null}
        <button
          type="submit"
          className="primary"
          disabled={!file || upload.isPending || (!!state && !FINISHED.includes(state.status))}
        >
          Import
        </button>
      </form>
      {importId ? (
        <section aria-labelledby="progress-heading" className="import-progress">
          <h2 id="progress-heading">{state?.fileName ? `Import of ${state.fileName}` : 'Progress'}</h2>
          {progress.error ? <Problem error={progress.error} /> : null}
          {state ? (
            <>
              <label htmlFor={`${id}-progress`}>
                {state.processed} of {state.total || '…'} rows processed ({state.status})
              </label>
              <progress id={`${id}-progress`} max={Math.max(state.total, 1)} value={state.processed} />
              <p role="status" aria-live="polite">
                {FINISHED.includes(state.status)
                  ? `Import ${state.status}: ${state.created} created, ${state.skipped} already there, ${state.errors.length} with errors.`
                  : 'Importing…'}
              </p>
              {state.errors.length ? (
                <table>
                  <caption>Rows not imported</caption>
                  <thead>
                    <tr>
                      <th scope="col">Row</th>
                      <th scope="col">Column</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.errors.map((error) => (
                      <tr key={`${error.row}-${error.field}`}>
                        <td>{error.row}</td>
                        <td>{error.field}</td>
                        <td>{error.problem}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </>
          ) : (
            <Notice>Queued…</Notice>
          )}
        </section>
      ) : null}
      <ImportHistory shownId={importId} onShow={show} />
    </>
  );
}
