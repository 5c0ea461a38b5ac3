import {
  ActivityEventType,
  type ActivitySnapshotV1,
  type AgreementSnapshotV1,
  type EventEnvelope,
  importedActivities,
  PartnerEventType,
  type PartnerSnapshotV1,
  type PartnerTierChangedV1,
  ProgrammeEventType,
} from '@app/contracts';
import type { EventHandler } from '@app/messaging';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';
import { applyActivities, applyActivity, deleteActivity } from './activity-projection';
import { applyAgreement, removeAgreement } from './agreement-projection';
import { applyPartner } from './partner-projection';

/** How far each source has got (the freshness report reads it), in one of 16 rows per source. */
async function recordProgress(em: EntityManager, event: EventEnvelope): Promise<void> {
  await em.execute(
    `insert into ${S}.source_progress (source, shard, events, last_occurred_at, last_handled_at)
     values (?, abs(hashtext(?)) % 16, 1, ?, now())
     on conflict (source, shard) do update set events = source_progress.events + 1,
       last_occurred_at = greatest(source_progress.last_occurred_at, excluded.last_occurred_at),
       last_handled_at = now()`,
    [event.source, event.id, event.occurredAt],
  );
}

/** Progress first: the shared aggregate rows are touched last, just before commit. */
const tracked =
  (apply: (event: EventEnvelope, em: EntityManager) => Promise<void>): EventHandler =>
  async (event, em) => {
    await recordProgress(em, event);
    await apply(event, em);
  };

const partner = tracked((event, em) => applyPartner(em, event.payload as PartnerSnapshotV1));
const activity = tracked((event, em) => applyActivity(em, event.payload as ActivitySnapshotV1));
const programme = tracked(async (event, em) => {
  const payload = event.payload as { school?: string | null };
  await em.execute(
    `insert into ${S}.programme_fact (event_id, type, aggregate_id, school, occurred_at, payload)
     values (?, ?, ?, ?, ?, ?) on conflict do nothing`,
    [
      event.id,
      event.type,
      event.aggregateId,
      payload.school ?? null,
      event.occurredAt,
      JSON.stringify(event.payload),
    ],
  );
});

/** One handler per event type the reporting queue receives (the worker refuses to start otherwise). */
export const REPORTING_HANDLERS: Record<string, EventHandler> = {
  [PartnerEventType.Created]: partner,
  [PartnerEventType.Updated]: partner,
  [PartnerEventType.Archived]: partner,
  [PartnerEventType.TierChanged]: tracked((event, em) =>
    applyPartner(em, (event.payload as PartnerTierChangedV1).partner),
  ),
  [PartnerEventType.AgreementSaved]: tracked((event, em) =>
    applyAgreement(em, event.payload as AgreementSnapshotV1),
  ),
  [PartnerEventType.AgreementRemoved]: tracked((event, em) => {
    const { id, partnerId } = event.payload as { id: string; partnerId: string };
    return removeAgreement(em, id, partnerId);
  }),
  [ActivityEventType.Logged]: activity,
  [ActivityEventType.Updated]: activity,
  [ActivityEventType.Imported]: tracked((event, em) =>
    applyActivities(em, importedActivities(event.version, event.payload)),
  ),
  [ActivityEventType.Deleted]: tracked((event, em) => {
    const { id, partnerId, faculty } = event.payload as { id: string; partnerId: string; faculty: string };
    return deleteActivity(em, id, partnerId, faculty);
  }),
  ...Object.fromEntries(Object.values(ProgrammeEventType).map((type) => [type, programme])),
};
