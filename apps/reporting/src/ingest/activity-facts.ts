import type { ActivitySnapshotV1, OrganisationType } from '@app/contracts';
import { executeWithParameters } from '@app/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hebciPlacement } from '../hebci/hebci-cells';
import { REPORTING_SCHEMA as S } from '../migrations';

/** What one activity contributes to one academic year. Amounts stay decimal strings: never floats. */
interface Fact {
  academicYear: string;
  partnerId: string;
  faculty: string;
  type: string;
  stage: 'counted' | 'pipeline';
  firstYear: boolean;
  amountGbp: string;
  learnerDays: number | null;
  attendees: number | null;
  hebciCell: string | null;
  excludedReason: string | null;
  startDate: string;
}

const COUNTED = ['active', 'completed'];
const numberOr = (value: unknown) => (typeof value === 'number' ? value : null);

/**
 * An activity counts in the academic year of its start date with its value, unless it carries an
 * income split per year. Active and completed ones are placed in one HE-BCI cell or excluded with a
 * reason; pipeline ones are kept as pipeline; cancelled ones contribute nothing.
 */
export function factsOf(activity: ActivitySnapshotV1, organisationType: OrganisationType | null): Fact[] {
  if (activity.status === 'cancelled') return [];
  const stage = COUNTED.includes(activity.status) ? 'counted' : 'pipeline';
  const placement =
    stage === 'counted' ? hebciPlacement(activity.type, activity.details ?? {}, organisationType) : null;
  const years = activity.income.length
    ? [...activity.income].sort((a, b) => a.academicYear.localeCompare(b.academicYear))
    : [{ academicYear: activity.academicYear, amountGbp: activity.valueGbp ?? 0 }];
  return years.map((year, index) => ({
    academicYear: year.academicYear,
    partnerId: activity.partnerId,
    faculty: activity.faculty,
    type: activity.type,
    stage,
    firstYear: index === 0,
    amountGbp: year.amountGbp.toFixed(2),
    learnerDays: index === 0 ? numberOr(activity.details?.learnerDays) : null,
    attendees: index === 0 ? numberOr(activity.details?.attendees) : null,
    hebciCell: placement?.included ? placement.cellId : null,
    excludedReason: placement && !placement.included ? placement.reason : null,
    startDate: activity.startDate,
  }));
}

const FACT_NAMES = [
  'academic_year',
  'partner_id',
  'faculty',
  'type',
  'stage',
  'first_year',
  'amount_gbp',
  'learner_days',
  'attendees',
  'hebci_cell',
  'excluded_reason',
  'start_date',
] as const;
const FACT_COLUMNS = FACT_NAMES.join(', ');
/** The facts' columns as `jsonb_to_recordset` reads them. */
const FACT_RECORD = `activity_id uuid, academic_year text, partner_id uuid, faculty text, type text, stage text,
  first_year boolean, amount_gbp numeric, learner_days numeric, attendees int, hebci_cell text,
  excluded_reason text, start_date date`;

/** The new facts of one activity (none: it contributes nothing any more). */
export interface FactChange {
  activityId: string;
  facts: Fact[];
}

/**
 * Replaces the facts of these activities and returns the step that moves the aggregates by the
 * difference. Run it last in the same transaction: the aggregates always equal the sum of the
 * facts, and the rows many events share (the cube) stay locked only until the commit.
 */
export async function replaceFacts(em: EntityManager, changes: FactChange[]): Promise<() => Promise<void>> {
  if (changes.length === 0) return () => Promise.resolve();
  const removed = await executeWithParameters(
    em,
    `delete from ${S}.activity_fact where activity_id = any($1::uuid[]) returning ${FACT_COLUMNS}`,
    [changes.map((change) => change.activityId)],
  );
  const added = changes.flatMap(({ activityId, facts }) =>
    facts.map((fact) => ({ activity_id: activityId, ...factRecord(fact) })),
  );
  if (added.length)
    await executeWithParameters(
      em,
      `insert into ${S}.activity_fact (activity_id, ${FACT_COLUMNS})
       select activity_id, ${FACT_COLUMNS} from jsonb_to_recordset($1::jsonb) as r(${FACT_RECORD})`,
      [JSON.stringify(added)],
    );
  const delta = [
    ...removed.map((row) => ({ ...row, sign: -1 })),
    ...added.map((row) => ({ ...row, sign: 1 })),
  ];
  return () => (delta.length ? moveAggregates(em, delta) : Promise.resolve());
}

function factRecord(fact: Fact): Record<(typeof FACT_NAMES)[number], unknown> {
  return {
    academic_year: fact.academicYear,
    partner_id: fact.partnerId,
    faculty: fact.faculty,
    type: fact.type,
    stage: fact.stage,
    first_year: fact.firstYear,
    amount_gbp: fact.amountGbp,
    learner_days: fact.learnerDays,
    attendees: fact.attendees,
    hebci_cell: fact.hebciCell,
    excluded_reason: fact.excludedReason,
    start_date: fact.startDate,
  };
}

/**
 * Moves the aggregates by `delta` (facts with a sign), sent as one JSON parameter however many.
 * Rows are locked in key order (`order by`), so two workers moving the same rows cannot deadlock.
 */
async function moveAggregates(em: EntityManager, delta: Record<string, unknown>[]): Promise<void> {
  const source = `jsonb_to_recordset($1::jsonb) as d(sign int, ${FACT_RECORD})`;
  const params = [JSON.stringify(delta)];
  await executeWithParameters(
    em,
    `insert into ${S}.activity_cube as c
       select academic_year, faculty, type, stage, coalesce(hebci_cell, ''), coalesce(excluded_reason, ''),
              sum(sign), coalesce(sum(sign) filter (where first_year), 0), sum(sign * amount_gbp),
              coalesce(sum(sign * learner_days), 0), coalesce(sum(sign * attendees), 0)
         from ${source} group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
     on conflict (academic_year, faculty, type, stage, hebci_cell, excluded_reason) do update set
       facts = c.facts + excluded.facts, activities = c.activities + excluded.activities,
       amount_gbp = c.amount_gbp + excluded.amount_gbp, learner_days = c.learner_days + excluded.learner_days,
       attendees = c.attendees + excluded.attendees`,
    params,
  );
  await executeWithParameters(
    em,
    `insert into ${S}.partner_year_faculty as p
       select partner_id, academic_year, faculty, sum(sign), sum(sign * amount_gbp)
         from ${source} where stage = 'counted' group by 1, 2, 3 order by 1, 2, 3
     on conflict (partner_id, academic_year, faculty) do update set
       facts = p.facts + excluded.facts, amount_gbp = p.amount_gbp + excluded.amount_gbp`,
    params,
  );
}
