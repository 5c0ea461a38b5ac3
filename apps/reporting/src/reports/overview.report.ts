import {
  type Actor,
  OverviewQuery,
  type OverviewView,
  PARTNER_STATUSES,
  PARTNER_TIERS,
  type ReportReply,
  ReportPattern,
  type TopPartnerView,
  validateDto,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { REPORTING_SCHEMA as S } from '../migrations';
import { type Downloadable, respond } from './report-download';
import { ReportFreshness } from './report-freshness';
import { fileYear } from './report-tables';
import { facultyFilter } from './report-scope';

const TOP_PARTNERS = 10;
type Row = { key: string; count: string; amount: string | null };
const measure = (row: Row) => ({ count: Number(row.count), valueGbp: Number(row.amount ?? 0) });
/** Every key named, 0 when none. */
const countsOf = <K extends string>(keys: readonly K[], counts: Map<string, number>) =>
  Object.fromEntries(keys.map((key) => [key, counts.get(key) ?? 0])) as Record<K, number>;

/**
 * The portfolio at a glance, read from the aggregates (`activity_cube`, `partner_year_faculty`,
 * `partner_engagement`): a few hundred rows, however many activities there are.
 */
@Injectable()
export class OverviewReport {
  constructor(
    private readonly em: EntityManager,
    private readonly freshness: ReportFreshness,
  ) {}

  async overview(actor: Actor, payload: unknown): Promise<ReportReply<OverviewView>> {
    const query = await validateDto(OverviewQuery, payload);
    return respond(query.format, await this.build(actor, query), overviewDownload);
  }

  async build(actor: Actor, query: OverviewQuery): Promise<OverviewView> {
    const faculty = facultyFilter(actor, ReportPattern.Overview, query.faculty);
    const year = query.academicYear ?? null;
    // Within one year an activity split over years counts in it; across years, once (its first year).
    const count = year ? 'facts' : 'activities';
    const scope = `(?::text is null or faculty = ?)`;
    const where = `stage = ? and ${scope} and (?::text is null or academic_year = ?)`;
    const args = (stage: string) => [stage, faculty, faculty, year, year];
    const group = (column: string, filter: string, params: unknown[], counted = count) =>
      this.em.execute<Row[]>(
        `select ${column} as key, sum(${counted}) as count, sum(amount_gbp) as amount from ${S}.activity_cube
          where ${filter} group by ${column} having sum(facts) > 0 order by ${column}`,
        params,
      );
    const [byType, byFaculty, byYear, [total], [pipeline], tiers, statuses, top, asOf] = await Promise.all([
      group('type', where, args('counted')),
      group('faculty', where, args('counted')),
      group('academic_year', `stage = ? and ${scope}`, ['counted', faculty, faculty], 'facts'),
      this.total(count, where, args('counted')),
      this.total(count, where, args('pipeline')),
      this.partnersBy('tier', faculty),
      this.partnersBy('status', faculty),
      this.topPartners(faculty, year),
      this.freshness.asOf(),
    ]);
    return {
      asOf,
      academicYear: year,
      faculty,
      totals: measure(total),
      pipeline: measure(pipeline),
      partnersByTier: countsOf(PARTNER_TIERS, tiers),
      partnersByStatus: countsOf(PARTNER_STATUSES, statuses),
      activitiesByType: byType.map((row) => ({ type: row.key, ...measure(row) })),
      activitiesByFaculty: byFaculty.map((row) => ({ faculty: row.key, ...measure(row) })),
      activitiesByAcademicYear: byYear.map((row) => ({ academicYear: row.key, ...measure(row) })),
      topPartners: top,
    };
  }

  private total(count: string, where: string, params: unknown[]) {
    return this.em.execute<Row[]>(
      `select 'total' as key, coalesce(sum(${count}), 0) as count, sum(amount_gbp) as amount
         from ${S}.activity_cube where ${where}`,
      params,
    );
  }

  /** Live partners by tier or status; for a faculty, those with counted activity of that faculty. */
  private async partnersBy(column: 'tier' | 'status', faculty: string | null) {
    const rows = await this.em.execute<{ key: string; partners: string }[]>(
      faculty
        ? `select p.${column} as key, count(*) as partners from ${S}.partner_rm p
            where not p.archived and p.id in (select partner_id from ${S}.partner_year_faculty where faculty = ? and facts > 0)
            group by 1`
        : `select ${column} as key, count(*) as partners from ${S}.partner_rm where not archived group by 1`,
      faculty ? [faculty] : [],
    );
    return new Map(rows.map((row) => [row.key, Number(row.partners)]));
  }

  private async topPartners(faculty: string | null, year: string | null): Promise<TopPartnerView[]> {
    const rows = await this.em.execute<{ partner_id: string; name: string | null; amount: string }[]>(
      faculty || year
        ? `select t.partner_id, p.name, t.amount from (
             select partner_id, sum(amount_gbp) as amount from ${S}.partner_year_faculty
              where (?::text is null or faculty = ?) and (?::text is null or academic_year = ?) and facts > 0
              group by partner_id order by 2 desc, 1 limit ${TOP_PARTNERS}) t
           left join ${S}.partner_rm p on p.id = t.partner_id order by t.amount desc, t.partner_id`
        : `select e.partner_id, p.name, e.amount_gbp as amount from ${S}.partner_engagement e
           left join ${S}.partner_rm p on p.id = e.partner_id
           order by e.amount_gbp desc, e.partner_id limit ${TOP_PARTNERS}`,
      faculty || year ? [faculty, faculty, year, year] : [],
    );
    return rows.map((row) => ({ partnerId: row.partner_id, name: row.name, valueGbp: Number(row.amount) }));
  }
}

export function overviewDownload(report: OverviewView): Downloadable {
  const activityColumns = (key: string, header: string) => [
    { key, header },
    { key: 'count', header: 'Activities', unit: 'count' as const },
    { key: 'valueGbp', header: 'Value', unit: 'GBP' as const },
  ];
  const counts = (values: Record<string, number>, key: string, header: string) => ({
    columns: [
      { key, header },
      { key: 'partners', header: 'Partners', unit: 'count' as const },
    ],
    rows: Object.entries(values).map(([name, partners]) => ({ [key]: name, partners })),
  });
  return {
    name: `overview${report.academicYear ? `-${fileYear(report.academicYear)}` : ''}${report.faculty ? `-${report.faculty}` : ''}`,
    meta: [
      ['Report', 'Partnership overview'],
      ['As of', report.asOf],
      ['Academic year', report.academicYear ?? 'all'],
      ['Faculty', report.faculty ?? 'all'],
      ['Pipeline activities', report.pipeline.count],
      ['Pipeline value (£)', report.pipeline.valueGbp],
    ],
    tables: [
      { name: 'By type', columns: activityColumns('type', 'Activity type'), rows: report.activitiesByType },
      {
        name: 'By faculty',
        columns: activityColumns('faculty', 'Faculty'),
        rows: report.activitiesByFaculty,
      },
      {
        name: 'By academic year',
        columns: activityColumns('academicYear', 'Academic year'),
        rows: report.activitiesByAcademicYear,
      },
      { name: 'Partners by tier', ...counts(report.partnersByTier, 'tier', 'Tier') },
      { name: 'Partners by status', ...counts(report.partnersByStatus, 'status', 'Status') },
      {
        name: 'Top partners',
        columns: [
          { key: 'name', header: 'Partner' },
          { key: 'partnerId', header: 'Partner id' },
          { key: 'valueGbp', header: 'Value', unit: 'GBP' },
        ],
        rows: report.topPartners,
      },
    ],
  };
}
