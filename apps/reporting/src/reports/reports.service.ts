import {
  academicYearOf,
  type Actor,
  DomainError,
  CommonError,
  HebciCellQuery,
  HebciQuery,
  OverviewQuery,
  pageWindow,
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
  type HebciColumn,
  type HebciLine,
} from '../hebci/hebci-cells';
import { REPORTING_SCHEMA as S } from '../migrations';
import { csvFile } from './csv';
import { facultyFilter } from './report-scope';

interface Totals {
  activities: number;
  incomeGbp: number;
}
const totals = (row: { activities: string | number; amount: string | null }): Totals => ({
  activities: Number(row.activities),
  incomeGbp: Number(row.amount ?? 0),
});
/** HE-BCI reports income in £000s, rounded to the nearest thousand, from the exact sum. */
const thousands = (gbp: number) => Math.round(gbp / 1000);

@Injectable()
export class ReportsService {
  constructor(private readonly em: EntityManager) {}

  async overview(actor: Actor, payload: unknown) {
    const query = await validateDto(OverviewQuery, payload);
    const faculty = facultyFilter(actor, query.faculty);
    const where = `(?::text is null or faculty = ?) and (?::text is null or academic_year = ?)`;
    const params = [faculty, faculty, query.academicYear ?? null, query.academicYear ?? null];
    const group = (column: string, filter = where, args = params) =>
      this.em.execute<{ key: string; activities: string; amount: string }[]>(
        `select ${column} as key, count(distinct activity_id) as activities, sum(amount_gbp) as amount
           from ${S}.activity_fact where ${filter} group by ${column} order by ${column}`,
        args,
      );
    const [byType, byFaculty, byYear, total] = await Promise.all([
      group('type'),
      group('faculty'),
      group('academic_year', `(?::text is null or faculty = ?)`, [faculty, faculty]),
      this.em.execute<{ activities: string; amount: string }[]>(
        `select count(distinct activity_id) as activities, sum(amount_gbp) as amount from ${S}.activity_fact where ${where}`,
        params,
      ),
    ]);
    const tiers = await this.em.execute<{ key: string; partners: string }[]>(
      faculty
        ? `select p.tier as key, count(*) as partners from ${S}.partner_rm p
            where not p.archived and exists (select 1 from ${S}.activity_fact f where f.partner_id = p.id and f.faculty = ?)
            group by p.tier order by p.tier`
        : `select tier as key, count(*) as partners from ${S}.partner_rm where not archived group by tier order by tier`,
      faculty ? [faculty] : [],
    );
    const report = {
      asOf: await this.asOf(),
      academicYear: query.academicYear ?? null,
      faculty,
      totals: totals(total[0]),
      byType: byType.map((row) => ({ type: row.key, ...totals(row) })),
      byFaculty: byFaculty.map((row) => ({ faculty: row.key, ...totals(row) })),
      byAcademicYear: byYear.map((row) => ({ academicYear: row.key, ...totals(row) })),
      portfolioByTier: tiers.map((row) => ({ tier: row.key, partners: Number(row.partners) })),
    };
    if (query.format !== 'csv') return report;
    return csvFile(
      `overview${query.academicYear ? `-${query.academicYear.replace('/', '-')}` : ''}`,
      ['section', 'key', 'activities', 'income_gbp'],
      [
        ...report.byType.map((row) => ['type', row.type, row.activities, row.incomeGbp]),
        ...report.byFaculty.map((row) => ['faculty', row.faculty, row.activities, row.incomeGbp]),
        ...report.byAcademicYear.map((row) => [
          'academic_year',
          row.academicYear,
          row.activities,
          row.incomeGbp,
        ]),
        ...report.portfolioByTier.map((row) => ['partners_by_tier', row.tier, row.partners, '']),
      ],
    );
  }

  async hebci(actor: Actor, payload: unknown) {
    const query = await validateDto(HebciQuery, payload);
    const academicYear = query.academicYear ?? academicYearOf(ukDate());
    const faculty = facultyFilter(actor);
    const scope = `academic_year = ? and (?::text is null or faculty = ?)`;
    const args = [academicYear, faculty, faculty];
    const [cells, excluded, days] = await Promise.all([
      this.em.execute<{ cell: string; activities: string; amount: string }[]>(
        `select hebci_cell as cell, count(*) as activities, sum(amount_gbp) as amount from ${S}.activity_fact
          where ${scope} and hebci_cell is not null group by hebci_cell`,
        args,
      ),
      this.em.execute<{ reason: string; activities: string; amount: string }[]>(
        `select excluded_reason as reason, count(*) as activities, sum(amount_gbp) as amount from ${S}.activity_fact
          where ${scope} and excluded_reason is not null group by excluded_reason order by 2 desc, 1`,
        args,
      ),
      this.em.execute<{ days: string | null }[]>(
        `select sum(learner_days) as days from ${S}.activity_fact where ${scope} and hebci_cell like 'cpd_courses.%'`,
        args,
      ),
    ]);
    const byCell = new Map(cells.map((row) => [row.cell, totals(row)]));
    const cellOf = (line: HebciLine, column: HebciColumn) => {
      const found = byCell.get(`${line}.${column}`) ?? { activities: 0, incomeGbp: 0 };
      return { cellId: `${line}.${column}`, ...found, income000s: thousands(found.incomeGbp) };
    };
    const lines = HEBCI_LINES.map((line) => {
      const row = Object.fromEntries(HEBCI_COLUMNS.map((column) => [column, cellOf(line, column)])) as Record<
        HebciColumn,
        ReturnType<typeof cellOf>
      >;
      const incomeGbp = HEBCI_COLUMNS.reduce((sum, column) => sum + row[column].incomeGbp, 0);
      const activities = HEBCI_COLUMNS.reduce((sum, column) => sum + row[column].activities, 0);
      return {
        line,
        label: HEBCI_LINE_LABELS[line],
        cells: row,
        total: { activities, incomeGbp, income000s: thousands(incomeGbp) },
      };
    });
    const report = {
      asOf: await this.asOf(),
      academicYear,
      faculty,
      unit: '£000s (income000s), from exact pounds (incomeGbp)',
      columns: HEBCI_COLUMNS.map((column) => ({ column, label: HEBCI_COLUMN_LABELS[column] })),
      lines,
      cpdLearnerDays: Number(days[0]?.days ?? 0),
      excluded: excluded.map((row) => ({ reason: row.reason, ...totals(row) })),
    };
    if (query.format !== 'csv') return report;
    return csvFile(
      `hebci-${academicYear.replace('/', '-')}`,
      ['line', 'partner_column', 'activities', 'income_gbp', 'income_gbp_000s'],
      [
        ...lines.flatMap((line) =>
          HEBCI_COLUMNS.map((column) => [
            line.label,
            HEBCI_COLUMN_LABELS[column],
            line.cells[column].activities,
            line.cells[column].incomeGbp.toFixed(2),
            line.cells[column].income000s,
          ]),
        ),
        ...report.excluded.map((row) => [
          `Outside the return: ${row.reason}`,
          '',
          row.activities,
          row.incomeGbp.toFixed(2),
          thousands(row.incomeGbp),
        ]),
      ],
    );
  }

  /** The activities behind one cell (or `excluded`, with their reasons): their amounts sum to the cell. */
  async hebciCell(actor: Actor, cellId: string, payload: unknown) {
    const query = await validateDto(HebciCellQuery, payload);
    const [line, column] = cellId.split('.');
    const known =
      cellId === 'excluded' ||
      (HEBCI_LINES.includes(line as HebciLine) &&
        HEBCI_COLUMNS.includes(column as HebciColumn) &&
        cellId.split('.').length === 2);
    if (!known) {
      throw new DomainError(
        CommonError.NotFound,
        `No HE-BCI cell ${cellId}: cells are <line>.<column> or excluded`,
      );
    }
    const academicYear = query.academicYear ?? academicYearOf(ukDate());
    const faculty = facultyFilter(actor);
    const { page, limit, offset } = pageWindow(query);
    const where = `f.academic_year = ? and (?::text is null or f.faculty = ?) and ${
      cellId === 'excluded' ? 'f.excluded_reason is not null' : 'f.hebci_cell = ?'
    }`;
    const args = [academicYear, faculty, faculty, ...(cellId === 'excluded' ? [] : [cellId])];
    const [sum] = await this.em.execute<{ activities: string; amount: string }[]>(
      `select count(*) as activities, sum(f.amount_gbp) as amount from ${S}.activity_fact f where ${where}`,
      args,
    );
    const rows = await this.em.execute<
      {
        id: string;
        title: string;
        type: string;
        faculty: string;
        partner_id: string;
        partner: string | null;
        amount: string;
        reason: string | null;
      }[]
    >(
      `select f.activity_id as id, a.title, f.type, f.faculty, f.partner_id, p.name as partner, f.amount_gbp as amount,
              f.excluded_reason as reason
         from ${S}.activity_fact f join ${S}.activity_rm a on a.id = f.activity_id
         left join ${S}.partner_rm p on p.id = f.partner_id
        where ${where} order by f.amount_gbp desc, f.activity_id limit ? offset ?`,
      [...args, limit, offset],
    );
    const items = rows.map((row) => ({
      activityId: row.id,
      title: row.title,
      type: row.type,
      faculty: row.faculty,
      partner: { id: row.partner_id, name: row.partner },
      incomeGbp: Number(row.amount),
      ...(cellId === 'excluded' ? { reason: row.reason } : {}),
    }));
    const cell = { ...totals(sum), income000s: thousands(totals(sum).incomeGbp) };
    if (query.format === 'csv') {
      return csvFile(
        `hebci-${cellId}-${academicYear.replace('/', '-')}`,
        ['activity_id', 'title', 'type', 'faculty', 'partner', 'income_gbp', 'reason'],
        items.map((item) => [
          item.activityId,
          item.title,
          item.type,
          item.faculty,
          item.partner.name,
          item.incomeGbp.toFixed(2),
          item.reason ?? '',
        ]),
      );
    }
    return {
      asOf: await this.asOf(),
      academicYear,
      cellId,
      cell,
      items,
      total: cell.activities,
      page,
      limit,
    };
  }

  async freshness() {
    const rows = await this.em.execute<
      { source: string; events: string; last_occurred_at: Date; last_handled_at: Date }[]
    >(`select source, events, last_occurred_at, last_handled_at from ${S}.source_progress order by source`);
    return {
      asOf: await this.asOf(),
      sources: rows.map((row) => ({
        source: row.source,
        events: Number(row.events),
        lastEventAt: new Date(row.last_occurred_at).toISOString(),
        lastHandledAt: new Date(row.last_handled_at).toISOString(),
        lagMs: new Date(row.last_handled_at).getTime() - new Date(row.last_occurred_at).getTime(),
      })),
    };
  }

  /** The newest event the read models reflect. */
  private async asOf(): Promise<string | null> {
    const [row] = await this.em.execute<{ at: Date | null }[]>(
      `select max(last_occurred_at) as at from ${S}.source_progress`,
    );
    return row?.at ? new Date(row.at).toISOString() : null;
  }
}
