import { type ActivitySnapshotV1, type CreateActivityDto, academicYearOf } from '@app/contracts';
import { randomUUID } from 'node:crypto';

/** An import's validated row on its way into the activity table: no ORM entity, no view. */
export interface ImportedActivity {
  id: string;
  row: number;
  dto: CreateActivityDto;
  academicYear: string;
}

export function importedActivity(row: number, dto: CreateActivityDto): ImportedActivity {
  return { id: randomUUID(), row, dto, academicYear: academicYearOf(dto.startDate) };
}

/** The activity table's columns, in the order `copyLine` writes them. */
export const COPY_COLUMNS = [
  'id',
  'partner_id',
  'type',
  'title',
  'description',
  'faculty',
  'school',
  'lead_staff',
  'status',
  'start_date',
  'end_date',
  'academic_year',
  'value_gbp',
  'in_kind_gbp',
  'external_ref',
  'details',
  'created_by',
  'created_at',
  'updated_at',
  'version',
  'import_id',
  'import_row',
].join(', ');

/**
 * One row in COPY's text format. Ids, codes, enums and dates are validated shapes that cannot hold
 * a tab, newline or backslash; free text and JSON are escaped.
 */
export function copyLine(
  activity: ImportedActivity,
  importId: string,
  createdBy: string,
  now: string,
): string {
  const { dto } = activity;
  return [
    activity.id,
    dto.partnerId,
    dto.type,
    text(dto.title),
    text(dto.description),
    dto.faculty,
    dto.school ?? NULL,
    json(dto.leadStaff),
    dto.status ?? 'active',
    dto.startDate,
    dto.endDate ?? NULL,
    activity.academicYear,
    money(dto.valueGbp),
    money(dto.inKindGbp),
    text(dto.externalRef),
    json(dto.details),
    text(createdBy),
    now,
    now,
    '1',
    importId,
    String(activity.row),
  ].join('\t');
}

/** What `activity.logged` would carry for it (`activity.imported` carries these). */
export function importedSnapshot(activity: ImportedActivity): ActivitySnapshotV1 {
  const { dto } = activity;
  return {
    id: activity.id,
    partnerId: dto.partnerId,
    type: dto.type,
    title: dto.title,
    faculty: dto.faculty,
    school: dto.school ?? null,
    status: dto.status ?? 'active',
    startDate: dto.startDate,
    endDate: dto.endDate ?? null,
    academicYear: activity.academicYear,
    valueGbp: dto.valueGbp ?? null,
    inKindGbp: dto.inKindGbp ?? null,
    income: (dto.income ?? [])
      .map((line) => ({ academicYear: line.academicYear, amountGbp: line.amountGbp }))
      .sort((a, b) => a.academicYear.localeCompare(b.academicYear)),
    details: dto.details ?? {},
    version: 1,
  };
}

const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (special) => ESCAPES[special]) : value;
}

function json(value: unknown): string {
  return value === null || value === undefined ? NULL : text(JSON.stringify(value));
}

function money(value: number | null | undefined): string {
  return value === null || value === undefined ? NULL : value.toFixed(2);
}
