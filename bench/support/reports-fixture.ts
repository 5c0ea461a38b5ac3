import type { Client } from 'pg';

const TYPES = [
  'contract_research',
  'collaborative_research',
  'consultancy',
  'staff_exchange',
  'networking_promotional',
  'ktp',
  'facilities_use',
  'ip_licensing',
  'student_engagement',
  'training_cpd',
];
const FACULTIES = ['ENG', 'MED', 'BUS', 'ARTS', 'LAW', 'SCI', 'EDU', 'ENV'];
const ORGANISATION_TYPES = [
  'sme',
  'large_company',
  'public_sector',
  'nhs',
  'charity',
  'higher_education',
  'consortium',
  'other',
];
const list = (values: string[]) => `array[${values.map((value) => `'${value}'`).join(', ')}]`;

/**
 * A bulk fixture of the reporting read model (not the event path, which would take hours at this
 * size): partners, activities over ten academic years, their year facts placed by the HE-BCI rules,
 * and the aggregates filled from the facts exactly as the migration does. Alongside, the raw
 * activities as one plain table (indexed on academic year) for the naive GROUP BY queries.
 */
export async function seedReadModel(pg: Client, partners: number, activities: number) {
  const started = performance.now();
  await pg.query(`insert into reporting.partner_rm (id, name, organisation_type, tier, status, archived, version)
    select gen_random_uuid(), 'Bench partner ' || g, (${list(ORGANISATION_TYPES)})[1 + g % 8],
           (array['transactional', 'transactional', 'strategic', 'corporate'])[1 + g % 4], 'active', false, 1
      from generate_series(0, ${partners - 1}) g`);
  await pg.query(`create temp table bench_partner as
    select (row_number() over (order by id)) - 1 as idx, id from reporting.partner_rm`);
  await pg.query(`insert into reporting.activity_rm (id, partner_id, type, title, faculty, status, start_date,
                    academic_year, value_gbp, details, version)
    select gen_random_uuid(), p.id, a.type, 'Activity ' || a.g, a.faculty, a.status, a.start_date,
           case when extract(month from a.start_date) >= 8
                then extract(year from a.start_date)::int || '/' || lpad(((extract(year from a.start_date)::int + 1) % 100)::text, 2, '0')
                else (extract(year from a.start_date)::int - 1) || '/' || lpad((extract(year from a.start_date)::int % 100)::text, 2, '0') end,
           a.value_gbp,
           case a.type when 'collaborative_research' then case when a.g % 3 = 0 then '{}'::jsonb else '{"publicFunder": "UKRI"}'::jsonb end
                       when 'training_cpd' then jsonb_build_object('learnerDays', a.g % 40)
                       when 'networking_promotional' then jsonb_build_object('format', case when a.g % 2 = 0 then 'lecture' else 'networking' end, 'attendees', a.g % 300)
                       else '{}'::jsonb end,
           1
      from (select g, (${list(TYPES)})[1 + g % 10] as type, (${list(FACULTIES)})[1 + (g / 10) % 8] as faculty,
                   case when g % 20 = 0 then 'cancelled' when g % 10 = 1 then 'pipeline' when g % 2 = 0 then 'completed' else 'active' end as status,
                   date '2016-08-01' + (g % 3652) as start_date, ((g * 37) % 200000 + 500)::numeric(14,2) as value_gbp
              from generate_series(0, ${activities - 1}) g) a
      join bench_partner p on p.idx = (a.g::bigint * 7919) % ${partners}`);
  await pg.query(`insert into reporting.activity_fact (activity_id, academic_year, partner_id, faculty, type, amount_gbp,
                    learner_days, hebci_cell, excluded_reason, stage, first_year, attendees, start_date)
    select a.id, a.academic_year, a.partner_id, a.faculty, a.type, a.value_gbp, (a.details->>'learnerDays')::numeric,
           case when x.stage = 'counted' and x.line is not null and x.column_ is not null then x.line || '.' || x.column_ end,
           case when x.stage = 'counted' and (x.line is null or x.column_ is null) then 'outside the return (bench fixture)' end,
           x.stage, true, (a.details->>'attendees')::int, a.start_date
      from reporting.activity_rm a join reporting.partner_rm p on p.id = a.partner_id
      cross join lateral (select
        case when a.status = 'pipeline' then 'pipeline' else 'counted' end as stage,
        case a.type when 'collaborative_research' then case when a.details ? 'publicFunder' then 'collaborative_research' end
                    when 'ktp' then 'collaborative_research' when 'contract_research' then 'contract_research'
                    when 'consultancy' then 'consultancy' when 'facilities_use' then 'facilities_equipment'
                    when 'training_cpd' then 'cpd' when 'ip_licensing' then 'ip_licensing'
                    when 'networking_promotional' then case when a.details->>'format' = 'lecture' then 'public_engagement' end
                    end as line,
        case p.organisation_type when 'sme' then 'sme' when 'large_company' then 'non_sme_commercial'
             when 'consortium' then null when 'other' then null else 'non_commercial' end as column_) x
     where a.status <> 'cancelled'`);
  await pg.query(`insert into reporting.activity_cube
    select academic_year, faculty, type, stage, coalesce(hebci_cell, ''), coalesce(excluded_reason, ''),
           count(*), count(*) filter (where first_year), sum(amount_gbp), coalesce(sum(learner_days), 0),
           coalesce(sum(attendees), 0)
      from reporting.activity_fact group by 1, 2, 3, 4, 5, 6`);
  await pg.query(`insert into reporting.partner_year_faculty
    select partner_id, academic_year, faculty, count(*), sum(amount_gbp) from reporting.activity_fact
     where stage = 'counted' group by 1, 2, 3`);
  await pg.query(`insert into reporting.partner_engagement
    select a.partner_id, count(*), array_agg(distinct a.type order by a.type), array_agg(distinct a.faculty order by a.faculty),
           sum(a.value_gbp), sum(a.value_gbp), min(a.start_date), max(a.start_date)
      from reporting.activity_rm a where a.status in ('active', 'completed') group by a.partner_id`);
  await pg.query(`create table public.bench_raw_activity as
    select id, partner_id, type, faculty, status, start_date, academic_year, value_gbp, details from reporting.activity_rm`);
  await pg.query(`create index on public.bench_raw_activity (academic_year)`);
  await pg.query(`create index on public.bench_raw_activity (partner_id)`);
  await pg.query(`vacuum analyze`);
  const [facts, cube] = await Promise.all([
    pg.query<{ n: string }>(`select count(*) as n from reporting.activity_fact`),
    pg.query<{ n: string }>(`select count(*) as n from reporting.activity_cube`),
  ]);
  return {
    facts: Number(facts.rows[0].n),
    cubeRows: Number(cube.rows[0].n),
    seconds: (performance.now() - started) / 1000,
  };
}
