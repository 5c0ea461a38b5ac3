import type { ActivitySnapshotV1, OrganisationType } from '@app/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';
import { factsOf, replaceFacts } from './activity-facts';
import { refreshEngagement } from './engagement-projection';

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
  await lockAggregate(em, activity.partnerId);
  await lockAggregate(em, activity.id);
  const [held] = await em.execute<{ version: number; partner_id: string }[]>(
    `select version, partner_id from ${S}.activity_rm where id = ?`,
    [activity.id],
  );
  if (held && held.version >= activity.version) return;
  await em.execute(
    `insert into ${S}.activity_rm (id, partner_id, type, title, faculty, status, start_date, academic_year,
                                   value_gbp, in_kind_gbp, details, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set partner_id = excluded.partner_id, type = excluded.type, title = excluded.title,
       faculty = excluded.faculty, status = excluded.status, start_date = excluded.start_date,
       academic_year = excluded.academic_year, value_gbp = excluded.value_gbp, in_kind_gbp = excluded.in_kind_gbp,
       details = excluded.details, version = excluded.version`,
    [
      activity.id,
      activity.partnerId,
      activity.type,
      activity.title,
      activity.faculty,
      activity.status,
      activity.startDate,
      activity.academicYear,
      activity.valueGbp,
      activity.inKindGbp,
      JSON.stringify(activity.details ?? {}),
      activity.version,
    ],
  );
  const [partner] = await em.execute<{ organisation_type: OrganisationType }[]>(
    `select organisation_type from ${S}.partner_rm where id = ?`,
    [activity.partnerId],
  );
  const moveAggregates = await replaceFacts(
    em,
    activity.id,
    factsOf(activity, partner?.organisation_type ?? null),
  );
  await refreshEngagement(em, activity.partnerId);
  if (held && held.partner_id !== activity.partnerId) await refreshEngagement(em, held.partner_id);
  await moveAggregates();
}

/**
 * Many snapshots in one transaction (an import's event), in partner then id order, so two such
 * transactions take their locks in the same order and cannot deadlock on them.
 */
export async function applyActivities(em: EntityManager, activities: ActivitySnapshotV1[]): Promise<void> {
  const ordered = [...activities].sort(
    (a, b) => a.partnerId.localeCompare(b.partnerId) || a.id.localeCompare(b.id),
  );
  for (const activity of ordered) await applyActivity(em, activity);
}

export async function deleteActivity(em: EntityManager, id: string, partnerId: string, faculty: string) {
  await lockAggregate(em, partnerId);
  await lockAggregate(em, id);
  const moveAggregates = await replaceFacts(em, id, []);
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
  for (const { snapshot } of activities) {
    const moveAggregates = await replaceFacts(em, snapshot.id, factsOf(snapshot, organisationType));
    await moveAggregates();
  }
}
