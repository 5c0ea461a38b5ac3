import {
  academicYearOf,
  type Actor,
  CommonError,
  DomainError,
  type HebciCellActivitiesView,
  HebciCellQuery,
  HebciQuery,
  type HebciView,
  pageWindow,
  type ReportReply,
  ReportPattern,
  ukDate,
  validateDto,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  HEBCI_COLUMN_LABELS,
  HEBCI_COLUMNS,
  HEBCI_LINE_LABELS,
  HEBCI_LINES,
  HEBCI_TABLE,
  type HebciColumn,
  type HebciLine,
} from '../hebci/hebci-cells';
import { REPORTING_SCHEMA as S } from '../migrations';
import { type Downloadable, isDownload, respond } from './report-download';
import { ReportFreshness } from './report-freshness';
import { fileYear } from './report-tables';
import { facultyFilter } from './report-scope';

/** HE-BCI reports income in £000s, rounded to the nearest thousand (halves up) from the exact sum. */
export const thousands = (gbp: number) => Math.round(gbp / 1000);

interface CellRow {
  cell: string;
  reason: string;
  count: string;
  amount: string;
  days: string;
  attendees: string;
}

@Injectable()
export class HebciReport {
  constructor(
    private readonly em: EntityManager,
    private readonly freshness: ReportFreshness,
  ) {}

  async hebci(actor: Actor, payload: unknown): Promise<ReportReply<HebciView>> {
    const query = await validateDto(HebciQuery, payload);
    return respond(query.format, await this.build(actor, query.academicYear), hebciDownload);
  }

  /** The return of one year, from `activity_cube`: one row per cell and exclusion reason. */
  async build(actor: Actor, asked?: string): Promise<HebciView> {
    const academicYear = asked ?? academicYearOf(ukDate());
    const faculty = facultyFilter(actor, ReportPattern.Hebci);
    const [rows, asOf] = await Promise.all([
      this.em.execute<CellRow[]>(
        `select hebci_cell as cell, excluded_reason as reason, sum(facts) as count, sum(amount_gbp) as amount,
                sum(learner_days) as days, sum(attendees) as attendees
           from ${S}.activity_cube
          where stage = 'counted' and academic_year = ? and (?::text is null or faculty = ?)
          group by 1, 2 having sum(facts) > 0`,
        [academicYear, faculty, faculty],
      ),
      this.freshness.asOf(),
    ]);
    const byCell = new Map(rows.filter((row) => row.cell).map((row) => [row.cell, row]));
    const cells = HEBCI_LINES.flatMap((line) =>
      HEBCI_COLUMNS.map((partnerClass) => {
        const cellId = `${line}.${partnerClass}`;
        const row = byCell.get(cellId);
        const incomeGbp = Number(row?.amount ?? 0);
        return {
          cellId,
          table: HEBCI_TABLE[line],
          category: line,
          label: HEBCI_LINE_LABELS[line],
          partnerClass,
          incomeThousands: thousands(incomeGbp),
          incomeGbp,
          count: Number(row?.count ?? 0),
          ...(line === 'cpd' ? { learnerDays: Number(row?.days ?? 0) } : {}),
          ...(line === 'public_engagement' ? { attendees: Number(row?.attendees ?? 0) } : {}),
        };
      }),
    );
    const reasons = rows
      .filter((row) => row.reason)
      .map((row) => ({ reason: row.reason, count: Number(row.count), incomeGbp: Number(row.amount) }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
    return {
      academicYear,
      asOf,
      faculty,
      units: 'GBP thousands',
      cells,
      excluded: {
        count: reasons.reduce((sum, row) => sum + row.count, 0),
        byReason: reasons,
      },
    };
  }

  /** The activities behind one cell (or the excluded ones, with their reasons): they sum to the cell. */
  async cellActivities(
    actor: Actor,
    cellId: string,
    payload: unknown,
  ): Promise<ReportReply<HebciCellActivitiesView>> {
    const query = await validateDto(HebciCellQuery, payload);
    const [line, column, ...rest] = cellId.split('.');
    const known =
      cellId === 'excluded' ||
      (HEBCI_LINES.includes(line as HebciLine) &&
        HEBCI_COLUMNS.includes(column as HebciColumn) &&
        !rest.length);
    if (!known) {
      throw new DomainError(
        CommonError.NotFound,
        `No HE-BCI cell ${cellId}: cells are <category>.<partnerClass>, e.g. contract_research.sme`,
      );
    }
    const academicYear = query.academicYear ?? academicYearOf(ukDate());
    const faculty = facultyFilter(actor, ReportPattern.HebciCell);
    const excluded = cellId === 'excluded';
    const where = `f.stage = 'counted' and f.academic_year = ? and (?::text is null or f.faculty = ?) and ${
      excluded ? 'f.excluded_reason is not null' : 'f.hebci_cell = ?'
    }`;
    const args = [academicYear, faculty, faculty, ...(excluded ? [] : [cellId])];
    const csvOrXlsx = isDownload(query.format);
    const { page, limit, offset } = pageWindow(query);
    const [[sum], rows, asOf] = await Promise.all([
      this.em.execute<{ count: string; amount: string | null }[]>(
        `select count(*) as count, sum(f.amount_gbp) as amount from ${S}.activity_fact f where ${where}`,
        args,
      ),
      this.em.execute<
        {
          id: string;
          title: string;
          type: string;
          faculty: string;
          start_date: string;
          partner_id: string;
          partner: string | null;
          organisation_type: string | null;
          amount: string;
          reason: string | null;
        }[]
      >(
        `select f.activity_id as id, a.title, f.type, f.faculty, to_char(a.start_date, 'YYYY-MM-DD') as start_date,
                f.partner_id, p.name as partner, p.organisation_type, f.amount_gbp as amount, f.excluded_reason as reason
           from ${S}.activity_fact f join ${S}.activity_rm a on a.id = f.activity_id
           left join ${S}.partner_rm p on p.id = f.partner_id
          where ${where} order by ${excluded ? 'f.excluded_reason, ' : ''}f.amount_gbp desc, f.activity_id
          ${csvOrXlsx ? '' : 'limit ? offset ?'}`,
        csvOrXlsx ? args : [...args, limit, offset],
      ),
      this.freshness.asOf(),
    ]);
    const incomeGbp = Number(sum?.amount ?? 0);
    const report: HebciCellActivitiesView = {
      asOf,
      academicYear,
      faculty,
      cellId,
      cell: { count: Number(sum?.count ?? 0), incomeGbp, incomeThousands: thousands(incomeGbp) },
      items: rows.map((row) => ({
        activityId: row.id,
        title: row.title,
        type: row.type,
        faculty: row.faculty,
        startDate: row.start_date,
        partner: { id: row.partner_id, name: row.partner, organisationType: row.organisation_type },
        incomeGbp: Number(row.amount),
        ...(excluded ? { reason: row.reason } : {}),
      })),
      total: Number(sum?.count ?? 0),
      page: csvOrXlsx ? 1 : page,
      limit: csvOrXlsx ? rows.length : limit,
    };
    return respond(query.format, report, (cell) => ({
      name: `hebci-${cellId}-${fileYear(academicYear)}`,
      meta: [
        ['Report', `HE-BCI ${excluded ? 'activities outside the return' : `cell ${cellId}`}`],
        ['Academic year', academicYear],
        ['As of', asOf],
        ['Faculty', faculty ?? 'all'],
        ['Cell income (£000s)', cell.cell.incomeThousands],
      ],
      tables: [
        {
          name: excluded ? 'Excluded activities' : 'Activities',
          columns: [
            { key: 'activityId', header: 'Activity id' },
            { key: 'title', header: 'Title' },
            { key: 'type', header: 'Type' },
            { key: 'faculty', header: 'Faculty' },
            { key: 'startDate', header: 'Start date' },
            { key: 'partner', header: 'Partner' },
            { key: 'incomeGbp', header: 'Income', unit: 'GBP' },
            ...(excluded ? [{ key: 'reason', header: 'Reason' }] : []),
          ],
          rows: cell.items.map((item) => ({ ...item, partner: item.partner.name })),
        },
      ],
    }));
  }
}

export function hebciDownload(report: HebciView): Downloadable {
  return {
    name: `hebci-${fileYear(report.academicYear)}${report.faculty ? `-${report.faculty}` : ''}`,
    meta: [
      ['Report', 'HE-BCI Part B draft return'],
      ['Academic year', report.academicYear],
      ['As of', report.asOf],
      ['Faculty', report.faculty ?? 'all'],
      ['Units', 'income in £000s, rounded to the nearest thousand from exact pounds'],
    ],
    tables: [
      {
        name: 'HE-BCI cells',
        columns: [
          { key: 'table', header: 'Table' },
          { key: 'category', header: 'Category' },
          { key: 'label', header: 'Description' },
          { key: 'partnerClass', header: 'Partner class' },
          { key: 'partnerClassLabel', header: 'Partner class description' },
          { key: 'incomeThousands', header: 'Income', unit: 'GBP thousands' },
          { key: 'incomeGbp', header: 'Income (exact)', unit: 'GBP' },
          { key: 'count', header: 'Activities', unit: 'count' },
          { key: 'learnerDays', header: 'Learner days', unit: 'days' },
          { key: 'attendees', header: 'Attendees', unit: 'people' },
          { key: 'cellId', header: 'Cell id' },
        ],
        rows: report.cells.map((cell) => ({
          ...cell,
          partnerClassLabel: HEBCI_COLUMN_LABELS[cell.partnerClass],
          learnerDays: 'learnerDays' in cell ? (cell.learnerDays ?? null) : null,
          attendees: 'attendees' in cell ? (cell.attendees ?? null) : null,
        })),
      },
      {
        name: 'Outside the return',
        columns: [
          { key: 'reason', header: 'Reason' },
          { key: 'count', header: 'Activities', unit: 'count' },
          { key: 'incomeGbp', header: 'Income', unit: 'GBP' },
        ],
        rows: report.excluded.byReason,
      },
    ],
  };
}
