import { toCsv } from '../common/csv-text';
import { PageQuery } from '../common/page';
import { OptionalOneOf } from '../validation/decorators';

/** Shapes of the CSV import of activities (its patterns: activity.patterns.ts). */

/**
 * BullMQ queue of import jobs. Renaming it strands queued imports: drain it first.
 * A job's payload is only `{ importId }`; its state lives in the `activity_import` row.
 */
export const ACTIVITY_IMPORT_QUEUE = 'jobs-activities-import';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export class ListImportsQuery extends PageQuery {
  @OptionalOneOf(IMPORT_STATUSES) status?: ImportStatus;
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

/** Where a column's cells go in the body, and how they are read. */
interface ColumnPlan {
  into: 'body' | 'details' | 'leadStaff';
  key: string;
  reads: 'number' | 'boolean' | 'text';
}

const columnPlans = new Map<string, ColumnPlan>();

function planOf(column: string): ColumnPlan {
  let plan = columnPlans.get(column);
  if (!plan) {
    const [into, key]: [ColumnPlan['into'], string] = column.startsWith('details.')
      ? ['details', column.slice('details.'.length)]
      : column.startsWith('leadStaff.')
        ? ['leadStaff', column.slice('leadStaff.'.length)]
        : ['body', column];
    const reads = NUMBERS.has(column) ? 'number' : BOOLEANS.has(column) ? 'boolean' : 'text';
    plan = { into, key, reads };
    if (IMPORT_COLUMNS.includes(column)) columnPlans.set(column, plan);
  }
  return plan;
}

/**
 * Turns one CSV record into the body `POST /activities` takes: empty cells are left out, numbers
 * and booleans are read as such (a cell that is not one stays text, and validation names it),
 * `details.*` and `leadStaff.*` become objects. Unknown columns pass through, so validation rejects them.
 */
export function csvRecordToActivity(record: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  let details: Record<string, unknown> | undefined;
  let leadStaff: Record<string, unknown> | undefined;
  for (const column in record) {
    const text = record[column].trim();
    if (text === '') continue;
    const plan = planOf(column);
    let value: unknown = text;
    if (plan.reads === 'number' && /^-?\d+(\.\d+)?$/.test(text)) value = Number(text);
    else if (plan.reads === 'boolean' && /^(true|false)$/i.test(text)) value = text.toLowerCase() === 'true';
    if (plan.into === 'details') (details ??= {})[plan.key] = value;
    else if (plan.into === 'leadStaff') (leadStaff ??= {})[plan.key] = value;
    else body[plan.key] = value;
  }
  if (details) body.details = details;
  if (leadStaff) body.leadStaff = leadStaff;
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
  return `${toCsv([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((column) => example[column] ?? '')], '\n')}\n`;
}
