import { type ReactNode, useEffect } from 'react';

/** A page's heading, also its document title so screen readers and tabs announce where the user is. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Partnership Hub`;
  }, [title]);
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}
