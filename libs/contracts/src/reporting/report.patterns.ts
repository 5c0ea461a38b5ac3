/** The reporting service's message patterns. Decorator-free: the web app imports it as `@app/enums`. */
export const ReportPattern = {
  Overview: 'reports.overview',
  Hebci: 'reports.hebci',
  HebciCell: 'reports.hebci_cell',
  HebciExcluded: 'reports.hebci_excluded',
  Candidates: 'reports.strategic_candidates',
  Engagement: 'reports.partner_engagement',
  StudentPartnership: 'reports.student_partnership',
  Freshness: 'reports.freshness',
  Snapshots: 'reports.snapshots',
  Snapshot: 'reports.snapshot',
  TakeSnapshot: 'reports.take_snapshot',
} as const;
