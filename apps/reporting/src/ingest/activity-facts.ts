import type { ActivitySnapshotV1, OrganisationType } from '@app/contracts';
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

const FACT_COLUMNS = `academic_year, partner_id, faculty, type, stage, first_year, amount_gbp, learner_days,
  attendees, hebci_cell, excluded_reason, start_date`;

/**
 * Replaces an activity's facts and returns the step that moves the aggregates by the difference.
 * Run it last in the same transaction: the aggregates always equal the sum of the facts, and the
 * rows many events share (the cube) stay locked only until the commit.
 */
export async function replaceFacts(
  em: EntityManager,
  activityId: string,
  facts: Fact[],
): Promise<() => Promise<void>> {
  const removed = await em.execute<Record<string, unknown>[]>(
    `delete from ${S}.activity_fact where activity_id = ? returning ${FACT_COLUMNS}`,
    [activityId],
  );
  for (const fact of facts) {
    await em.execute(
      `insert into ${S}.activity_fact (activity_id, ${FACT_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [activityId, ...factRow(fact)],
    );
  }
  const delta = [
    ...removed.map((row) => ({ sign: -1, row: Object.values(row) })),
    ...facts.map((fact) => ({ sign: 1, row: factRow(fact) })),
  ];
  return () => (delta.length ? moveAggregates(em, delta) : Promise.resolve());
}

function factRow(fact: Fact): unknown[] {
  return [
    fact.academicYear,
    fact.partnerId,
    fact.faculty,
    fact.type,
    fact.stage,
    fact.firstYear,
    fact.amountGbp,
    fact.learnerDays,
    fact.attendees,
    fact.hebciCell,
    fact.excludedReason,
    fact.startDate,
  ];
}

/** Rows are locked in key order (`order by`), so two workers moving the same rows cannot deadlock. */
async function moveAggregates(em: EntityManager, delta: { sign: number; row: unknown[] }[]): Promise<void> {
  const values = delta.map(
    () => `(?::int, ?, ?::uuid, ?, ?, ?, ?::boolean, ?::numeric, ?::numeric, ?::int, ?, ?)`,
  );
  const params = delta.flatMap(({ sign, row }) => [sign, ...row.slice(0, 11)]);
  const source = `(values ${values.join(', ')}) as d(sign, academic_year, partner_id, faculty, type, stage, first_year,
    amount_gbp, learner_days, attendees, hebci_cell, excluded_reason)`;
  await em.execute(
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
  await em.execute(
    `insert into ${S}.partner_year_faculty as p
       select partner_id, academic_year, faculty, sum(sign), sum(sign * amount_gbp)
         from ${source} where stage = 'counted' group by 1, 2, 3 order by 1, 2, 3
     on conflict (partner_id, academic_year, faculty) do update set
       facts = p.facts + excluded.facts, amount_gbp = p.amount_gbp + excluded.amount_gbp`,
    params,
  );
}
