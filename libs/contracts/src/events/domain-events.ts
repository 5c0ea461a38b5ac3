import {
  type ActivitiesImportedV1,
  type ActivitiesImportedV2,
  type ActivityDeletedV1,
  ActivityEventType,
  type ActivitySnapshotV1,
} from './activity-events';
import type { EventEnvelope, NewEvent } from './event-envelope';
import {
  type AgreementRemovedV1,
  type AgreementSnapshotV1,
  PartnerEventType,
  type PartnerSnapshotV1,
  type PartnerTierChangedV1,
} from './partner-events';
import {
  type CharterPublishedV1,
  type FeedbackEscalatedV1,
  type FeedbackFactsV1,
  type FeedbackRespondedV1,
  type InvolvementRecordedV1,
  type MeetingV1,
  type NominationV1,
  ProgrammeEventType,
  type ProjectStatusChangedV1,
  type RepresentativeChangedV1,
  type TeachingGroupCreatedV1,
} from './programme-events';

/**
 * Every event the services publish: type → version → payload. A changed payload is a new version
 * beside the old one, kept while a consumer may still receive the old (a replay sends old rows).
 */
interface EventPayloads {
  [PartnerEventType.Created]: { 1: PartnerSnapshotV1 };
  [PartnerEventType.Updated]: { 1: PartnerSnapshotV1 };
  [PartnerEventType.TierChanged]: { 1: PartnerTierChangedV1 };
  [PartnerEventType.Archived]: { 1: PartnerSnapshotV1 };
  [PartnerEventType.AgreementSaved]: { 1: AgreementSnapshotV1 };
  [PartnerEventType.AgreementRemoved]: { 1: AgreementRemovedV1 };
  [ActivityEventType.Logged]: { 1: ActivitySnapshotV1 };
  [ActivityEventType.Updated]: { 1: ActivitySnapshotV1 };
  [ActivityEventType.Deleted]: { 1: ActivityDeletedV1 };
  [ActivityEventType.Imported]: { 1: ActivitiesImportedV1; 2: ActivitiesImportedV2 };
  [ProgrammeEventType.CharterPublished]: { 1: CharterPublishedV1 };
  [ProgrammeEventType.TeachingGroupCreated]: { 1: TeachingGroupCreatedV1 };
  [ProgrammeEventType.RepresentativeAppointed]: { 1: RepresentativeChangedV1 };
  [ProgrammeEventType.RepresentativeTermEnded]: { 1: RepresentativeChangedV1 };
  [ProgrammeEventType.MeetingScheduled]: { 1: MeetingV1 };
  [ProgrammeEventType.MeetingHeld]: { 1: MeetingV1 };
  [ProgrammeEventType.MinutesPublished]: { 1: MeetingV1 };
  [ProgrammeEventType.InvolvementRecorded]: { 1: InvolvementRecordedV1 };
  [ProgrammeEventType.ProjectStatusChanged]: { 1: ProjectStatusChangedV1 };
  [ProgrammeEventType.NominationSubmitted]: { 1: NominationV1 };
  [ProgrammeEventType.NominationDecided]: { 1: NominationV1 };
  [ProgrammeEventType.FeedbackOpened]: { 1: FeedbackFactsV1 };
  [ProgrammeEventType.FeedbackResponded]: { 1: FeedbackRespondedV1 };
  [ProgrammeEventType.FeedbackEscalated]: { 1: FeedbackEscalatedV1 };
  [ProgrammeEventType.FeedbackClosed]: { 1: FeedbackFactsV1 };
}

export type EventType = keyof EventPayloads;
type EventVersion<T extends EventType> = keyof EventPayloads[T] & number;

/** What a service may record: one member per type and version, so the three agree. */
export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { [V in EventVersion<K>]: NewEvent<K, V, EventPayloads[K][V]> }[EventVersion<K>];
}[T];

/** What a consumer receives: for one type, a member per version it may still receive. */
export type DomainEventEnvelope<T extends EventType = EventType> = {
  [K in T]: { [V in EventVersion<K>]: EventEnvelope<K, V, EventPayloads[K][V]> }[EventVersion<K>];
}[T];

/** A payload of one type with its version, any version (what reads an event's payload need). */
export type VersionedPayload<T extends EventType> = {
  [V in EventVersion<T>]: { version: V; payload: EventPayloads[T][V] };
}[EventVersion<T>];
