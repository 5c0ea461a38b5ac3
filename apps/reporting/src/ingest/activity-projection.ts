import type { ActivitySnapshotV1, OrganisationType } from '@app/contracts';
import { executeWithParameters } from '@app/database';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';
import { factsOf, replaceFacts } from './activity-facts';
import { addToEngagement, refreshEngagement } from './engagement-projection';

/** The version a deletion leaves behind: no later event about the aggregate can revive it. */
export const TOMBSTONE_VERSION = 2_147_483_647;

/**
 * Serialises events about one aggregate: queue workers may run two of them at once. Activity
 * events take their partner's lock first, so a partner's new organisation type and a new activity
 * of that partner cannot pass each other unseen.
 */
export async function lockAggregate(em: EntityManager, id: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [id]);
}

/** Applies an activity's latest snapshot; an older version than the one held changes nothing. */
export async function applyActivity(em: EntityManager, activity: ActivitySnapshotV1): Promise<void> {
  await applyActivities(em, [activity]);
}

/**
 * Applies many snapshots (an import's event) in one go, with the same result as applying them one
 * at a time: a statement per step for all of them, not per activity; new activities are added to
 * their partners' engagement, and a partner with a changed one is recounted once. Locks are
 * taken partners first, then activities, each in order, so two such transactions cannot deadlock.
 */
export async function applyActivities(em: EntityManager, activities: ActivitySnapshotV1[]): Promise<void> {
  const latest = new Map<string, ActivitySnapshotV1>();
  for (const activity of activities) {
    const other = latest.get(activity.id);
    if (!other || other.version < activity.version) latest.set(activity.id, activity);
  }
  const ordered = [...latest.values()].sort(
    (a, b) => a.partnerId.localeCompare(b.partnerId) || a.id.localeCompare(b.id),
  );
  if (ordered.length === 0) return;
  const partnerIds = [...new Set(ordered.map((activity) => activity.partnerId))];
  await lockAggregates(em, [...partnerIds, ...ordered.map((activity) => activity.id)]);

  const held = new Map(
    (
      await executeWithParameters<{ id: string; version: number; partner_id: string }>(
        em,
        `select id, version, partner_id from ${S}.activity_rm where id = any($1::uuid[])`,
        [ordered.map((activity) => activity.id)],
      )
    ).map((row) => [row.id, row]),
  );
  const fresh = ordered.filter((activity) => (held.get(activity.id)?.version ?? -1) < activity.version);
  if (fresh.length === 0) return;
  await upsertActivities(em, fresh);

  const types = new Map(
    (
      await em.execute<{ id: string; organisation_type: OrganisationType }[]>(
        `select id, organisation_type from ${S}.partner_rm where id in (?)`,
        [partnerIds],
      )
    ).map((row) => [row.id, row.organisation_type]),
  );
  const moveAggregates = await replaceFacts(
    em,
    fresh.map((activity) => ({
      activityId: activity.id,
      facts: factsOf(activity, types.get(activity.partnerId) ?? null),
    })),
  );
  // A partner some of whose activities changed (or moved away) is recounted; new activities are added.
  const recount = new Set<string>();
  for (const activity of fresh) {
    const before = held.get(activity.id);
    if (before) recount.add(before.partner_id).add(activity.partnerId);
  }
  await addToEngagement(
    em,
    fresh
      .filter((activity) => !held.has(activity.id) && !recount.has(activity.partnerId))
      .map((activity) => activity.id),
  );
  for (const partnerId of [...recount].sort()) await refreshEngagement(em, partnerId);
  await moveAggregates();
}

/** Takes the advisory locks of these aggregates, in the order given, in one statement. */
async function lockAggregates(em: EntityManager, ids: string[]): Promise<void> {
  await executeWithParameters(
    em,
    `select count(pg_advisory_xact_lock(hashtext(id))) from unnest($1::text[]) with ordinality as t(id, n)`,
    [ids],
  );
}

/** All the snapshots in one statement, as one jsonb parameter (no parameter limit). */
async function upsertActivities(em: EntityManager, activities: ActivitySnapshotV1[]): Promise<void> {
  const rows = activities.map((activity) => ({
    id: activity.id,
    partner_id: activity.partnerId,
    type: activity.type,
    title: activity.title,
    faculty: activity.faculty,
    status: activity.status,
    start_date: activity.startDate,
    academic_year: activity.academicYear,
    value_gbp: activity.valueGbp,
    in_kind_gbp: activity.inKindGbp,
    details: activity.details ?? {},
    version: activity.version,
  }));
  await executeWithParameters(
    em,
    `insert into ${S}.activity_rm (id, partner_id, type, title, faculty, status, start_date, academic_year,
                                   value_gbp, in_kind_gbp, details, version)
     select id, partner_id, type, title, faculty, status, start_date, academic_year, value_gbp, in_kind_gbp,
            details, version
       from jsonb_to_recordset($1::jsonb) as r(id uuid, partner_id uuid, type text, title text, faculty text,
            status text, start_date date, academic_year text, value_gbp numeric, in_kind_gbp numeric,
            details jsonb, version integer)
     on conflict (id) do update set partner_id = excluded.partner_id, type = excluded.type, title = excluded.title,
       faculty = excluded.faculty, status = excluded.status, start_date = excluded.start_date,
       academic_year = excluded.academic_year, value_gbp = excluded.value_gbp, in_kind_gbp = excluded.in_kind_gbp,
       details = excluded.details, version = excluded.version`,
    [JSON.stringify(rows)],
  );
}

export async function deleteActivity(em: EntityManager, id: string, partnerId: string, faculty: string) {
  await lockAggregate(em, partnerId);
  await lockAggregate(em, id);
  const moveAggregates = await replaceFacts(em, [{ activityId: id, facts: [] }]);
  await em.execute(
    `insert into ${S}.activity_rm (id, partner_id, type, title, faculty, status, start_date, academic_year, details, version, deleted)
     values (?, ?, 'contract_research', '', ?, 'cancelled', '1970-01-01', '1969/70', '{}', ?, true)
     on conflict (id) do update set deleted = true, version = ?`,
    [id, partnerId, faculty, TOMBSTONE_VERSION, TOMBSTONE_VERSION],
  );
  await refreshEngagement(em, partnerId);
  await moveAggregates();
}

/** A partner's type decides the HE-BCI column of all its activities: re-place them when it changes. */
export async function replacePartnerFacts(
  em: EntityManager,
  partnerId: string,
  organisationType: OrganisationType,
) {
  const activities = await em.execute<{ snapshot: ActivitySnapshotV1 }[]>(
    `select json_build_object('id', a.id, 'partnerId', a.partner_id, 'type', a.type, 'faculty', a.faculty,
              'status', a.status, 'startDate', to_char(a.start_date, 'YYYY-MM-DD'), 'academicYear', a.academic_year,
              'valueGbp', a.value_gbp::float8, 'details', a.details,
              'income', coalesce((select json_agg(json_build_object('academicYear', f.academic_year,
                  'amountGbp', f.amount_gbp::float8)) from ${S}.activity_fact f where f.activity_id = a.id), '[]'::json)
            ) as snapshot
       from ${S}.activity_rm a where a.partner_id = ? and not a.deleted`,
    [partnerId],
  );
  const moveAggregates = await replaceFacts(
    em,
    activities.map(({ snapshot }) => ({
      activityId: snapshot.id,
      facts: factsOf(snapshot, organisationType),
    })),
  );
  await moveAggregates();
}
