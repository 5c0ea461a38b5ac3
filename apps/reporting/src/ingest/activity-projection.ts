import type { ActivitySnapshotV1, OrganisationType } from '@app/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hebciPlacement } from '../hebci/hebci-cells';
import { REPORTING_SCHEMA as S } from '../migrations';

const TOMBSTONE_VERSION = 2_147_483_647;

/** Serialises events about one aggregate: queue workers may run two of them at once. */
export async function lockAggregate(em: EntityManager, id: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [id]);
}

/** Applies an activity's latest snapshot; an older version than the one held changes nothing. */
export async function applyActivity(em: EntityManager, activity: ActivitySnapshotV1): Promise<void> {
  await lockAggregate(em, activity.id);
  const [held] = await em.execute<{ version: number }[]>(
    `select version from ${S}.activity_rm where id = ?`,
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
  await writeFacts(em, activity);
}

export async function deleteActivity(em: EntityManager, id: string, partnerId: string, faculty: string) {
  await lockAggregate(em, id);
  await em.execute(`delete from ${S}.activity_fact where activity_id = ?`, [id]);
  await em.execute(
    `insert into ${S}.activity_rm (id, partner_id, type, title, faculty, status, start_date, academic_year, details, version, deleted)
     values (?, ?, 'contract_research', '', ?, 'cancelled', '1970-01-01', '1969/70', '{}', ?, true)
     on conflict (id) do update set deleted = true, version = ?`,
    [id, partnerId, faculty, TOMBSTONE_VERSION, TOMBSTONE_VERSION],
  );
}

/**
 * An activity counts in the academic year of its start date with its value, unless it carries an
 * income split per year; each year's amount is placed in one HE-BCI cell or excluded with a reason.
 */
async function writeFacts(em: EntityManager, activity: ActivitySnapshotV1): Promise<void> {
  await em.execute(`delete from ${S}.activity_fact where activity_id = ?`, [activity.id]);
  if (activity.status === 'cancelled' || activity.status === 'pipeline') return;
  const [partner] = await em.execute<{ organisation_type: OrganisationType }[]>(
    `select organisation_type from ${S}.partner_rm where id = ?`,
    [activity.partnerId],
  );
  const placement = hebciPlacement(activity.type, activity.details ?? {}, partner?.organisation_type ?? null);
  const lines = activity.income.length
    ? activity.income
    : [{ academicYear: activity.academicYear, amountGbp: activity.valueGbp ?? 0 }];
  const learnerDays = typeof activity.details?.learnerDays === 'number' ? activity.details.learnerDays : null;
  for (const [index, line] of lines.entries()) {
    await em.execute(
      `insert into ${S}.activity_fact (activity_id, academic_year, partner_id, faculty, type, amount_gbp,
                                       learner_days, hebci_cell, excluded_reason)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        activity.id,
        line.academicYear,
        activity.partnerId,
        activity.faculty,
        activity.type,
        line.amountGbp,
        index === 0 ? learnerDays : null,
        placement.included ? placement.cellId : null,
        placement.included ? null : placement.reason,
      ],
    );
  }
}

/** A partner's type decides the HE-BCI column of all its activities: re-place them when it changes. */
export async function replacePartnerFacts(
  em: EntityManager,
  partnerId: string,
  organisationType: OrganisationType,
) {
  const activities = await em.execute<
    { id: string; type: ActivitySnapshotV1['type']; details: Record<string, unknown> }[]
  >(`select id, type, details from ${S}.activity_rm where partner_id = ? and not deleted`, [partnerId]);
  for (const activity of activities) {
    const placement = hebciPlacement(activity.type, activity.details, organisationType);
    await em.execute(
      `update ${S}.activity_fact set hebci_cell = ?, excluded_reason = ? where activity_id = ?`,
      [
        placement.included ? placement.cellId : null,
        placement.included ? null : placement.reason,
        activity.id,
      ],
    );
  }
}
