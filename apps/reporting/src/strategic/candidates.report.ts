import {
  type Actor,
  CandidatesQuery,
  type CandidatesView,
  CommonError,
  DomainError,
  EngagementQuery,
  isUuid,
  pageWindow,
  type PartnerEngagementView,
  type PartnerStatus,
  type PartnerTier,
  type ReportReply,
  ReportPattern,
  ukDate,
  validateDto,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { REPORTING_SCHEMA as S } from '../migrations';
import { type Downloadable, isDownload, respond } from '../reports/report-download';
import { ReportFreshness } from '../reports/report-freshness';
import type { ReportColumn } from '../reports/report-tables';
import { facultyFilter } from '../reports/report-scope';
import { type Engagement, SCORE_COMPONENTS, type ScoringSettings, scorePartner } from './strategic-score';

export const SCORING_SETTINGS = Symbol('SCORING_SETTINGS');

interface PartnerRow {
  id: string;
  name: string;
  tier: PartnerTier;
  organisation_type: string;
  status: PartnerStatus;
  activities: number | null;
  types: string[] | null;
  faculties: string[] | null;
  value_gbp: string | null;
  last_activity_on: string | null;
  agreements: string[] | null;
}

/** Agreements that are active today: "is a formal agreement in place". */
const AGREEMENTS_IN_PLACE = `(select array_agg(g.type || ': ' || g.title order by g.start_date, g.id) from ${S}.agreement_rm g
   where g.partner_id = p.id and not g.deleted and g.status = 'active'
     and g.start_date <= current_date and (g.end_date is null or g.end_date >= current_date))`;

@Injectable()
export class StrategicReport {
  constructor(
    private readonly em: EntityManager,
    private readonly freshness: ReportFreshness,
    @Inject(SCORING_SETTINGS) private readonly scoring: ScoringSettings,
  ) {}

  /** Every live partner scored, best first, with the working of each component and any tier suggestion. */
  async candidates(payload: unknown): Promise<ReportReply<CandidatesView>> {
    const query = await validateDto(CandidatesQuery, payload);
    const rows = await this.em.execute<PartnerRow[]>(
      `select p.id, p.name, p.tier, p.organisation_type, p.status, e.activities, e.types, e.faculties, e.value_gbp,
              to_char(e.last_activity_on, 'YYYY-MM-DD') as last_activity_on, ${AGREEMENTS_IN_PLACE} as agreements
         from ${S}.partner_rm p left join ${S}.partner_engagement e on e.partner_id = p.id
        where not p.archived and (?::text is null or p.tier = ?)`,
      [query.tier ?? null, query.tier ?? null],
    );
    const today = ukDate();
    const scored = rows
      .map((row) => ({ row, result: scorePartner(engagementOf(row), this.scoring, today) }))
      .filter(
        ({ result }) => query.flagged === undefined || (result.suggestedTier !== null) === query.flagged,
      )
      .sort((a, b) => b.result.score - a.result.score || a.row.name.localeCompare(b.row.name));
    const csvOrXlsx = isDownload(query.format);
    const { page, limit, offset } = pageWindow(query);
    const items = (csvOrXlsx ? scored : scored.slice(offset, offset + limit)).map(({ row, result }) => ({
      partnerId: row.id,
      name: row.name,
      tier: row.tier,
      score: result.score,
      components: result.components,
      suggestedTier: result.suggestedTier,
      reasons: result.reasons,
    }));
    const report: CandidatesView = {
      asOf: await this.freshness.asOf(),
      weights: this.scoring.weights,
      suggestWithinDays: this.scoring.suggestWithinDays,
      items,
      total: scored.length,
      page: csvOrXlsx ? 1 : page,
      limit: csvOrXlsx ? items.length : limit,
    };
    return respond(query.format, report, candidatesDownload);
  }

  /** One partner's timeline of activities (newest first), its figures by year, agreements and score. */
  async engagement(
    actor: Actor,
    partnerId: string,
    payload: unknown,
  ): Promise<ReportReply<PartnerEngagementView>> {
    const query = await validateDto(EngagementQuery, payload);
    const faculty = facultyFilter(actor, ReportPattern.Engagement);
    const [partner] = isUuid(partnerId)
      ? await this.em.execute<PartnerRow[]>(
          `select p.id, p.name, p.tier, p.organisation_type, p.status, ${AGREEMENTS_IN_PLACE} as agreements
             from ${S}.partner_rm p where p.id = ?`,
          [partnerId],
        )
      : [];
    if (!partner)
      throw new DomainError(CommonError.NotFound, `No partner with id ${partnerId} in the reports`);
    const timeline = await this.em.execute<
      {
        id: string;
        type: string;
        title: string;
        faculty: string;
        status: string;
        start_date: string;
        academic_year: string;
        value_gbp: string | null;
      }[]
    >(
      `select id, type, title, faculty, status, to_char(start_date, 'YYYY-MM-DD') as start_date, academic_year, value_gbp
         from ${S}.activity_rm where partner_id = ? and not deleted and (?::text is null or faculty = ?)
        order by start_date desc, id`,
      [partnerId, faculty, faculty],
    );
    const counted = timeline.filter((row) => row.status === 'active' || row.status === 'completed');
    const distinct = (values: string[]) => [...new Set(values)].sort();
    const engagement: Engagement = {
      tier: partner.tier,
      activities: counted.length,
      types: distinct(counted.map((row) => row.type)),
      faculties: distinct(counted.map((row) => row.faculty)),
      valueGbp: counted.reduce((sum, row) => sum + Number(row.value_gbp ?? 0), 0),
      lastActivityOn: counted[0]?.start_date ?? null,
      agreementsInPlace: partner.agreements ?? [],
    };
    const years = new Map<string, { academicYear: string; count: number; valueGbp: number }>();
    for (const row of counted) {
      const year = years.get(row.academic_year) ?? { academicYear: row.academic_year, count: 0, valueGbp: 0 };
      year.count += 1;
      year.valueGbp += Number(row.value_gbp ?? 0);
      years.set(row.academic_year, year);
    }
    const report: PartnerEngagementView = {
      asOf: await this.freshness.asOf(),
      faculty,
      partner: {
        id: partner.id,
        name: partner.name,
        tier: partner.tier,
        status: partner.status,
        organisationType: partner.organisation_type,
      },
      ...scorePartner(engagement, this.scoring, ukDate()),
      agreementsInPlace: engagement.agreementsInPlace,
      byAcademicYear: [...years.values()].sort((a, b) => a.academicYear.localeCompare(b.academicYear)),
      timeline: timeline.map((row) => ({
        activityId: row.id,
        type: row.type,
        title: row.title,
        faculty: row.faculty,
        status: row.status,
        startDate: row.start_date,
        academicYear: row.academic_year,
        valueGbp: row.value_gbp === null ? null : Number(row.value_gbp),
      })),
    };
    return respond(query.format, report, (engaged) => ({
      name: `engagement-${engaged.partner.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      meta: [
        ['Report', `Engagement of ${engaged.partner.name}`],
        ['As of', engaged.asOf],
        ['Faculty', engaged.faculty ?? 'all'],
        ['Tier', engaged.partner.tier],
        ['Score (of 100)', engaged.score],
        ['Suggested tier', engaged.suggestedTier ?? 'none'],
        ['Reasons', engaged.reasons.join('; ')],
      ],
      tables: [
        componentsTable(engaged.components),
        {
          name: 'Timeline',
          columns: [
            { key: 'startDate', header: 'Start date' },
            { key: 'type', header: 'Type' },
            { key: 'title', header: 'Title' },
            { key: 'faculty', header: 'Faculty' },
            { key: 'status', header: 'Status' },
            { key: 'academicYear', header: 'Academic year' },
            { key: 'valueGbp', header: 'Value', unit: 'GBP' },
          ],
          rows: engaged.timeline,
        },
      ],
    }));
  }
}

function engagementOf(row: PartnerRow): Engagement {
  return {
    tier: row.tier,
    activities: row.activities ?? 0,
    types: row.types ?? [],
    faculties: row.faculties ?? [],
    valueGbp: Number(row.value_gbp ?? 0),
    lastActivityOn: row.last_activity_on,
    agreementsInPlace: row.agreements ?? [],
  };
}

type Components = ReturnType<typeof scorePartner>['components'];

function componentsTable(components: Components) {
  return {
    name: 'Score components',
    columns: [
      { key: 'component', header: 'Component' },
      { key: 'points', header: 'Points', unit: 'score' },
      { key: 'weight', header: 'Weight', unit: 'score' },
      { key: 'working', header: 'Working' },
    ] satisfies ReportColumn[],
    rows: SCORE_COMPONENTS.map((name) => ({ component: name, ...components[name] })),
  };
}

function candidatesDownload(report: CandidatesView): Downloadable {
  return {
    name: 'strategic-candidates',
    meta: [
      ['Report', 'Strategic-partner candidates'],
      ['As of', report.asOf],
      ['Weights', SCORE_COMPONENTS.map((name) => `${name}=${report.weights[name]}`).join(', ')],
    ],
    tables: [
      {
        name: 'Candidates',
        columns: [
          { key: 'name', header: 'Partner' },
          { key: 'tier', header: 'Tier' },
          { key: 'suggestedTier', header: 'Suggested tier' },
          { key: 'score', header: 'Score', unit: 'score' },
          ...SCORE_COMPONENTS.map((name) => ({
            key: name,
            header: name[0].toUpperCase() + name.slice(1),
            unit: 'score' as const,
          })),
          { key: 'reasons', header: 'Reasons' },
          { key: 'working', header: 'Working' },
          { key: 'partnerId', header: 'Partner id' },
        ],
        rows: report.items.map((item) => ({
          name: item.name,
          tier: item.tier,
          suggestedTier: item.suggestedTier,
          score: item.score,
          ...Object.fromEntries(SCORE_COMPONENTS.map((name) => [name, item.components[name].points])),
          reasons: item.reasons.join('; '),
          working: SCORE_COMPONENTS.map((name) => `${name}: ${item.components[name].working}`).join(' | '),
          partnerId: item.partnerId,
        })),
      },
    ],
  };
}
