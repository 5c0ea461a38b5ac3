import {
  ActivityEventType,
  type DomainEventEnvelope,
  type EventEnvelope,
  importedActivities,
  PartnerEventType,
  ProgrammeEventType,
} from '@app/contracts';
import type { EventHandler, EventHandlers } from '@app/messaging';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';
import { applyActivities, applyActivity, deleteActivity } from './activity-projection';
import { applyAgreement, removeAgreement } from './agreement-projection';
import { applyPartner } from './partner-projection';
import { type ProgrammeEventEnvelope, recordProgrammeFact } from './programme-facts';

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
  <TEvent extends EventEnvelope>(
    apply: (event: TEvent, em: EntityManager) => Promise<void>,
  ): EventHandler<TEvent> =>
  async (event, em) => {
    await recordProgress(em, event);
    await apply(event, em);
  };

type PartnerEvent = DomainEventEnvelope<'partner.created' | 'partner.updated' | 'partner.archived'>;
type ActivityEvent = DomainEventEnvelope<'activity.logged' | 'activity.updated'>;
const partner = tracked((event: PartnerEvent, em) => applyPartner(em, event.payload));
const activity = tracked((event: ActivityEvent, em) => applyActivity(em, event.payload));
const programme = tracked((event: ProgrammeEventEnvelope, em) => recordProgrammeFact(em, event));

/** One handler per event type of the union (the worker refuses to start without one per subscribed type). */
export const REPORTING_HANDLERS: EventHandlers = {
  [PartnerEventType.Created]: partner,
  [PartnerEventType.Updated]: partner,
  [PartnerEventType.Archived]: partner,
  [PartnerEventType.TierChanged]: tracked((event, em) => applyPartner(em, event.payload.partner)),
  [PartnerEventType.AgreementSaved]: tracked((event, em) => applyAgreement(em, event.payload)),
  [PartnerEventType.AgreementRemoved]: tracked((event, em) =>
    removeAgreement(em, event.payload.id, event.payload.partnerId),
  ),
  [ActivityEventType.Logged]: activity,
  [ActivityEventType.Updated]: activity,
  [ActivityEventType.Imported]: tracked((event, em) => applyActivities(em, importedActivities(event))),
  [ActivityEventType.Deleted]: tracked((event, em) => {
    const { id, partnerId, faculty } = event.payload;
    return deleteActivity(em, id, partnerId, faculty);
  }),
  [ProgrammeEventType.CharterPublished]: programme,
  [ProgrammeEventType.TeachingGroupCreated]: programme,
  [ProgrammeEventType.RepresentativeAppointed]: programme,
  [ProgrammeEventType.RepresentativeTermEnded]: programme,
  [ProgrammeEventType.MeetingScheduled]: programme,
  [ProgrammeEventType.MeetingHeld]: programme,
  [ProgrammeEventType.MinutesPublished]: programme,
  [ProgrammeEventType.InvolvementRecorded]: programme,
  [ProgrammeEventType.ProjectStatusChanged]: programme,
  [ProgrammeEventType.NominationSubmitted]: programme,
  [ProgrammeEventType.NominationDecided]: programme,
  [ProgrammeEventType.FeedbackOpened]: programme,
  [ProgrammeEventType.FeedbackResponded]: programme,
  [ProgrammeEventType.FeedbackEscalated]: programme,
  [ProgrammeEventType.FeedbackClosed]: programme,
};
