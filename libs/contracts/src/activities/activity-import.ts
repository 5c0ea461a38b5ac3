/** Patterns and shapes of the CSV import of activities. */
export const ActivityImportPattern = {
  Start: 'activities.imports.start',
  Status: 'activities.imports.status',
} as const;

/**
 * BullMQ queue of import jobs. Renaming it strands queued imports: drain it first.
 * A job's payload is only `{ importId }`; its state lives in the `activity_import` row.
 */
export const ACTIVITY_IMPORT_QUEUE = 'jobs-activities-import';

export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ImportRowProblem {
  row: number;
  field: string;
  problem: string;
}

export interface ImportStatusView {
  importId: string;
  status: ImportStatus;
  fileName: string | null;
  total: number;
  processed: number;
  created: number;
  /** Rows whose externalRef (given or derived) an activity already had, or an earlier row of the file. */
  skipped: number;
  errors: ImportRowProblem[];
  createdAt: string;
  finishedAt: string | null;
}

const DETAIL_KEYS = [
  'publicFunder',
  'grantReference',
  'partnerCashGbp',
  'partnerInKindGbp',
  'sponsorReference',
  'fullEconomicCostGbp',
  'days',
  'direction',
  'staffCount',
  'durationWeeks',
  'eventName',
  'format',
  'attendees',
  'chargeable',
  'ktpReference',
  'variant',
  'associateName',
  'knowledgeBaseSupervisor',
  'companySupervisor',
  'durationMonths',
  'grantGbp',
  'finalGrade',
  'facility',
  'ipReference',
  'ipType',
  'licenceType',
  'fieldOfUse',
  'upfrontFeeGbp',
  'royaltyRatePercent',
  'kind',
  'studentCount',
  'learnerDays',
  'courseTitle',
  'creditBearing',
];

/** Every column the import reads: the POST fields, `details` flattened, `leadStaff` split. */
export const IMPORT_COLUMNS = [
  'partnerId',
  'type',
  'title',
  'description',
  'faculty',
  'school',
  'leadStaff.userId',
  'leadStaff.name',
  'status',
  'startDate',
  'endDate',
  'valueGbp',
  'inKindGbp',
  'externalRef',
  ...DETAIL_KEYS.map((key) => `details.${key}`),
];

const NUMBERS = new Set([
  'valueGbp',
  'inKindGbp',
  'details.partnerCashGbp',
  'details.partnerInKindGbp',
  'details.fullEconomicCostGbp',
  'details.days',
  'details.staffCount',
  'details.durationWeeks',
  'details.attendees',
  'details.durationMonths',
  'details.grantGbp',
  'details.upfrontFeeGbp',
  'details.royaltyRatePercent',
  'details.studentCount',
  'details.learnerDays',
]);
const BOOLEANS = new Set(['details.chargeable', 'details.creditBearing']);

/**
 * Turns one CSV record into the body `POST /activities` takes: empty cells are left out, numbers
 * and booleans are read as such (a cell that is not one stays text, and validation names it),
 * `details.*` and `leadStaff.*` become objects. Unknown columns pass through, so validation rejects them.
 */
export function csvRecordToActivity(record: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  const leadStaff: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(record)) {
    const text = raw.trim();
    if (text === '') continue;
    let value: unknown = text;
    if (NUMBERS.has(column) && /^-?\d+(\.\d+)?$/.test(text)) value = Number(text);
    if (BOOLEANS.has(column) && /^(true|false)$/i.test(text)) value = text.toLowerCase() === 'true';
    if (column.startsWith('details.')) details[column.slice('details.'.length)] = value;
    else if (column.startsWith('leadStaff.')) leadStaff[column.slice('leadStaff.'.length)] = value;
    else body[column] = value;
  }
  if (Object.keys(details).length) body.details = details;
  if (Object.keys(leadStaff).length) body.leadStaff = leadStaff;
  return body;
}

/** The template users download: every column, and one example row. */
export function templateCsv(): string {
  const example: Record<string, string> = {
    partnerId: '00000000-0000-4000-8000-000000000000',
    type: 'ktp',
    title: 'KTP: digital twins for bridges',
    faculty: 'ENG',
    school: 'ENG-CIVIL',
    'leadStaff.userId': 'u-123',
    'leadStaff.name': 'Dr A Smith',
    status: 'active',
    startDate: '2025-10-01',
    endDate: '2027-09-30',
    valueGbp: '180000',
    externalRef: 'FIN-000123',
    'details.ktpReference': 'KTP012345',
    'details.variant': 'classic',
    'details.associateName': 'Sam Lee',
    'details.knowledgeBaseSupervisor': 'Prof. J. Doe',
    'details.durationMonths': '24',
    'details.grantGbp': '120000',
  };
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${IMPORT_COLUMNS.join(',')}\n${IMPORT_COLUMNS.map((column) => quote(example[column] ?? '')).join(',')}\n`;
}
