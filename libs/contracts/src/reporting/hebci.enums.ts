/** The HE-BCI categories a partnership activity can count in (HESA's HE-BCI return, Tables 1, 2, 4 and 5). */
export const HEBCI_LINES = [
  'collaborative_research',
  'contract_research',
  'consultancy',
  'facilities_equipment',
  'cpd',
  'ip_licensing',
  'public_engagement',
] as const;
export type HebciLine = (typeof HEBCI_LINES)[number];

/** The partner split of every line: SME, other (non-SME) commercial, non-commercial. */
export const HEBCI_COLUMNS = ['sme', 'non_sme_commercial', 'non_commercial'] as const;
export type HebciColumn = (typeof HEBCI_COLUMNS)[number];
