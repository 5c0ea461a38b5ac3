const MiB = 1024 * 1024;

/** The largest body each kind of upload may have (PRODUCT.md "Bodies"); larger ones get 413. */
export const BODY_LIMITS = {
  json: 5 * MiB,
  csv: 40 * MiB,
  /** For document uploads, once there are any. */
  document: 10 * MiB,
} as const;

export type BodyKind = keyof typeof BODY_LIMITS;

const WHAT: Record<BodyKind, string> = {
  json: 'A JSON body',
  csv: 'A CSV upload',
  document: 'A document',
};

/** Which limit a request's content type falls under. */
export function bodyKindOf(contentType: string | undefined): BodyKind {
  const type = (contentType ?? '').toLowerCase();
  return type.startsWith('text/csv') || type.startsWith('multipart/form-data') ? 'csv' : 'json';
}

/** The 413 message: `A CSV upload may be at most 40 MiB`. */
export function tooLargeMessage(kind: BodyKind): string {
  return `${WHAT[kind]} may be at most ${BODY_LIMITS[kind] / MiB} MiB`;
}
