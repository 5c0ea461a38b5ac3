export function Pagination(props: {
  page: number;
  limit: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.limit));
  if (props.total === 0) return null;
  const first = (props.page - 1) * props.limit + 1;
  const last = Math.min(props.total, props.page * props.limit);
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        Previous
      </button>
      <span aria-live="polite">
        {first}–{last} of {props.total} (page {props.page} of {pages})
      </span>
      <button type="button" disabled={props.page >= pages} onClick={() => props.onPage(props.page + 1)}>
        Next
      </button>
    </nav>
  );
}
