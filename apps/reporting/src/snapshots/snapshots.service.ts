import {
  type Actor,
  CommonError,
  DomainError,
  isUuid,
  PageQuery,
  pageWindow,
  type Page,
  type ReportReply,
  type HebciView,
  type OverviewView,
  SnapshotQuery,
  type SnapshotSummaryView,
  type SnapshotView,
  type TakenSnapshotReply,
  validateDto,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { REPORTING_SCHEMA as S } from '../migrations';
import { HebciReport, hebciDownload } from '../reports/hebci.report';
import { OverviewReport, overviewDownload } from '../reports/overview.report';
import { respond } from '../reports/report-download';

/** Snapshots are of the whole university, taken by the service itself. */
const SNAPSHOT_ACTOR: Actor = { sub: 'system:reporting-snapshot', roles: ['admin'] };

interface SnapshotRow {
  id: string;
  period: string;
  taken_at: Date;
  academic_year: string;
  overview: OverviewView;
  hebci: HebciView;
}

/** The UK calendar month of a moment, `2026-11`. */
export function ukMonth(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' })
    .format(at)
    .slice(0, 7);
}

@Injectable()
export class SnapshotsService {
  constructor(
    private readonly em: EntityManager,
    private readonly overview: OverviewReport,
    private readonly hebci: HebciReport,
  ) {}

  /** Stores this month's overview and HE-BCI figures once; a second call in the month returns the first. */
  async take(at = new Date()): Promise<TakenSnapshotReply> {
    const [overview, hebci] = await Promise.all([
      this.overview.build(SNAPSHOT_ACTOR, {}),
      this.hebci.build(SNAPSHOT_ACTOR),
    ]);
    const period = ukMonth(at);
    const inserted = await this.em.execute<SnapshotRow[]>(
      `insert into ${S}.snapshot (period, taken_at, academic_year, overview, hebci) values (?, ?, ?, ?, ?)
       on conflict (period) do nothing returning *`,
      [period, at, hebci.academicYear, JSON.stringify(overview), JSON.stringify(hebci)],
    );
    if (inserted[0]) return { created: true, snapshot: summary(inserted[0]) };
    const [existing] = await this.em.execute<SnapshotRow[]>(`select * from ${S}.snapshot where period = ?`, [
      period,
    ]);
    return { created: false, snapshot: summary(existing) };
  }

  async list(payload: unknown): Promise<Page<SnapshotSummaryView>> {
    const query = await validateDto(PageQuery, payload);
    const { page, limit, offset } = pageWindow(query);
    const [rows, [count]] = await Promise.all([
      this.em.execute<SnapshotRow[]>(`select * from ${S}.snapshot order by period desc limit ? offset ?`, [
        limit,
        offset,
      ]),
      this.em.execute<{ total: string }[]>(`select count(*) as total from ${S}.snapshot`),
    ]);
    return { items: rows.map(summary), total: Number(count.total), page, limit };
  }

  async get(id: string, payload: unknown): Promise<ReportReply<SnapshotView>> {
    const query = await validateDto(SnapshotQuery, payload);
    const [row] = isUuid(id)
      ? await this.em.execute<SnapshotRow[]>(`select * from ${S}.snapshot where id = ?`, [id])
      : [];
    if (!row) throw new DomainError(CommonError.NotFound, `No snapshot with id ${id}`);
    const snapshot: SnapshotView = { ...summary(row), overview: row.overview, hebci: row.hebci };
    return respond(query.format, snapshot, (taken) => {
      const overview = overviewDownload(taken.overview);
      const hebci = hebciDownload(taken.hebci);
      return {
        name: `snapshot-${taken.period}`,
        meta: [
          ['Report', `Monthly snapshot ${taken.period}`],
          ['Taken at', taken.takenAt],
          ['Figures as of', taken.overview.asOf],
          ['HE-BCI academic year', taken.academicYear],
        ],
        tables: [...overview.tables, ...hebci.tables],
      };
    });
  }
}

function summary(row: SnapshotRow): SnapshotSummaryView {
  const hebciIncomeGbp = row.hebci.cells.reduce((sum, cell) => sum + cell.incomeGbp, 0);
  return {
    id: row.id,
    period: row.period,
    takenAt: new Date(row.taken_at).toISOString(),
    academicYear: row.academic_year,
    activities: row.overview.totals.count,
    valueGbp: row.overview.totals.valueGbp,
    hebciIncomeThousands: Math.round(hebciIncomeGbp / 1000),
  };
}
