import {
  academicYearBounds,
  academicYearOf,
  type ReportReply,
  StudentPartnershipQuery,
  type StudentPartnershipView,
  ukDate,
  validateDto,
} from '@app/contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { REPORTING_SCHEMA as S } from '../migrations';
import { respond } from './report-download';
import { ReportFreshness } from './report-freshness';
import { fileYear } from './report-tables';

type Num = string | number | null;
const num = (value: Num) => (value === null ? 0 : Number(value));
const median = (value: Num) => (value === null ? null : Math.round(Number(value) * 10) / 10);

/**
 * How the student partnership is working in one academic year, from the programme events kept in
 * `programme_fact`. Dates are UK dates; a school filter narrows everything that has a school.
 */
@Injectable()
export class StudentPartnershipReport {
  constructor(
    private readonly em: EntityManager,
    private readonly freshness: ReportFreshness,
  ) {}

  async report(payload: unknown): Promise<ReportReply<StudentPartnershipView>> {
    const query = await validateDto(StudentPartnershipQuery, payload);
    const academicYear = query.academicYear ?? academicYearOf(ukDate());
    const { from, to } = academicYearBounds(academicYear);
    const school = query.school ?? null;
    const fact = (type: string) =>
      `(select * from ${S}.programme_fact where type = '${type}' and (?::text is null or school = ?))`;
    const inYear = (dateExpression: string) =>
      `(${dateExpression})::date between '${from}'::date and '${to}'::date`;
    const bySchool = [school, school];

    const [coverage, meetings, feedback, involvements, projects, nominations, asOf] = await Promise.all([
      this.em.execute<{ school: string; groups: Num; represented: Num }[]>(
        `with groups as (select subject_id as id, school from ${fact('teaching_group.created')} g
                          where academic_year = ?),
              terms as (select subject_id as id,
                               sum(case type when 'representative.appointed' then 1 else -1 end) as current
                          from ${S}.programme_fact
                         where type in ('representative.appointed', 'representative.term_ended') group by 1)
         select g.school, count(*) as groups, count(*) filter (where t.current > 0) as represented
           from groups g left join terms t on t.id = g.id group by g.school order by g.school`,
        [...bySchool, academicYear],
      ),
      this.em.execute<{ school: string; scheduled: Num; held: Num; published: Num; median_days: Num }[]>(
        `with scheduled as (select distinct on (subject_id) subject_id as id, school, fact_date as date
                              from ${fact('meeting.scheduled')} m order by subject_id, occurred_at desc),
              meetings as (select * from scheduled where ${inYear('date')}),
              held as (select distinct subject_id as id from ${S}.programme_fact where type = 'meeting.held'),
              published as (select subject_id as id, min(at) as at
                              from ${S}.programme_fact where type = 'minutes.published' group by 1)
         select m.school, count(*) as scheduled,
                count(*) filter (where h.id is not null or p.id is not null) as held,
                count(p.id) as published,
                percentile_cont(0.5) within group (order by ((p.at at time zone 'Europe/London')::date - m.date))
                  filter (where p.id is not null) as median_days
           from meetings m left join held h on h.id = m.id left join published p on p.id = m.id
          group by m.school order by m.school`,
        bySchool,
      ),
      this.em.execute<
        { school: string; opened: Num; closed: Num; escalated: Num; overdue: Num; median_days: Num }[]
      >(
        `with opened as (select subject_id as id, school, opened_at, due_by
                           from ${fact('feedback.opened')} f
                          where ${inYear(`opened_at at time zone 'Europe/London'`)}),
              first as (select subject_id as id, min(at) as at from ${S}.programme_fact
                         where type = 'feedback.responded' and first_response group by 1),
              closed as (select distinct subject_id as id from ${S}.programme_fact where type = 'feedback.closed'),
              escalated as (select distinct subject_id as id from ${S}.programme_fact where type = 'feedback.escalated')
         select o.school, count(*) as opened, count(c.id) as closed, count(e.id) as escalated,
                count(*) filter (where f.id is null and c.id is null and o.due_by < ?::date) as overdue,
                percentile_cont(0.5) within group (order by extract(epoch from f.at - o.opened_at) / 86400)
                  filter (where f.id is not null) as median_days
           from opened o left join first f on f.id = o.id left join closed c on c.id = o.id
           left join escalated e on e.id = o.id group by o.school order by o.school`,
        [...bySchool, ukDate()],
      ),
      this.em.execute<{ kind: string; involvements: Num; students: Num }[]>(
        `select kind, count(*) as involvements, sum(students) as students
           from ${fact('involvement.recorded')} i where ${inYear('fact_date')} group by 1 order by 1`,
        bySchool,
      ),
      this.em.execute<{ status: string; projects: Num }[]>(
        `select status, count(*) as projects from (
           select distinct on (subject_id) status from ${S}.programme_fact
            where type = 'project.status_changed' and academic_year = ?
            order by subject_id, occurred_at desc) p group by status order by status`,
        [academicYear],
      ),
      this.em.execute<{ category: string; nominations: Num; shortlisted: Num; winners: Num }[]>(
        `with nominations as (select distinct on (subject_id) subject_id as id, category, status, occurred_at
                                from ${S}.programme_fact where type in ('nomination.submitted', 'nomination.decided')
                               order by subject_id, occurred_at desc),
              submitted as (select subject_id as id from ${S}.programme_fact
                             where type = 'nomination.submitted' and ${inYear(`occurred_at at time zone 'Europe/London'`)})
         select n.category, count(*) as nominations, count(*) filter (where n.status = 'shortlisted') as shortlisted,
                count(*) filter (where n.status = 'winner') as winners
           from nominations n join submitted s on s.id = n.id group by n.category order by n.category`,
        [],
      ),
      this.freshness.asOf(),
    ]);

    const report: StudentPartnershipView = {
      asOf,
      academicYear,
      school,
      representativeCoverage: coverage.map((row) => ({
        school: row.school,
        teachingGroups: num(row.groups),
        withRepresentative: num(row.represented),
        coveragePercent: num(row.groups)
          ? Math.round((num(row.represented) / num(row.groups)) * 1000) / 10
          : 0,
      })),
      forumMeetings: meetings.map((row) => ({
        school: row.school,
        scheduled: num(row.scheduled),
        held: num(row.held),
        minutesPublished: num(row.published),
        medianDaysToPublish: median(row.median_days),
      })),
      feedback: feedback.map((row) => ({
        school: row.school,
        opened: num(row.opened),
        closed: num(row.closed),
        escalated: num(row.escalated),
        overdue: num(row.overdue),
        medianDaysToFirstResponse: median(row.median_days),
      })),
      involvementsByKind: involvements.map((row) => ({
        kind: row.kind,
        involvements: num(row.involvements),
        students: num(row.students),
      })),
      projectsByStatus: projects.map((row) => ({ status: row.status, projects: num(row.projects) })),
      nominationsByCategory: nominations.map((row) => ({
        category: row.category,
        nominations: num(row.nominations),
        shortlisted: num(row.shortlisted),
        winners: num(row.winners),
      })),
    };
    return respond(query.format, report, (built) => ({
      name: `student-partnership-${fileYear(academicYear)}${school ? `-${school}` : ''}`,
      meta: [
        ['Report', 'Student partnership'],
        ['Academic year', academicYear],
        ['As of', asOf],
        ['School', school ?? 'all'],
      ],
      tables: [
        {
          name: 'Representative coverage',
          columns: [
            { key: 'school', header: 'School' },
            { key: 'teachingGroups', header: 'Teaching groups', unit: 'count' },
            { key: 'withRepresentative', header: 'With a representative', unit: 'count' },
            { key: 'coveragePercent', header: 'Coverage', unit: 'percent' },
          ],
          rows: built.representativeCoverage,
        },
        {
          name: 'Forum meetings',
          columns: [
            { key: 'school', header: 'School' },
            { key: 'scheduled', header: 'Meetings', unit: 'count' },
            { key: 'held', header: 'Held', unit: 'count' },
            { key: 'minutesPublished', header: 'Minutes published', unit: 'count' },
            { key: 'medianDaysToPublish', header: 'Median time to publish', unit: 'days' },
          ],
          rows: built.forumMeetings,
        },
        {
          name: 'Feedback',
          columns: [
            { key: 'school', header: 'School' },
            { key: 'opened', header: 'Opened', unit: 'count' },
            { key: 'closed', header: 'Closed', unit: 'count' },
            { key: 'escalated', header: 'Escalated', unit: 'count' },
            { key: 'overdue', header: 'Overdue', unit: 'count' },
            { key: 'medianDaysToFirstResponse', header: 'Median time to first response', unit: 'days' },
          ],
          rows: built.feedback,
        },
        {
          name: 'Involvements',
          columns: [
            { key: 'kind', header: 'Kind' },
            { key: 'involvements', header: 'Involvements', unit: 'count' },
            { key: 'students', header: 'Students', unit: 'people' },
          ],
          rows: built.involvementsByKind,
        },
        {
          name: 'Priority projects',
          columns: [
            { key: 'status', header: 'Status' },
            { key: 'projects', header: 'Projects', unit: 'count' },
          ],
          rows: built.projectsByStatus,
        },
        {
          name: 'Award nominations',
          columns: [
            { key: 'category', header: 'Category' },
            { key: 'nominations', header: 'Nominations', unit: 'count' },
            { key: 'shortlisted', header: 'Shortlisted', unit: 'count' },
            { key: 'winners', header: 'Winners', unit: 'count' },
          ],
          rows: built.nominationsByCategory,
        },
      ],
    }));
  }
}
