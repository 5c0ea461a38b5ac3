import type { ActivitySnapshotV1 } from './activity-events';
import { importedActivities, packImportedActivities } from './activity-imported';
import type { DomainEvent, DomainEventEnvelope } from './domain-events';

const partnerId = '11111111-1111-4111-8111-111111111111';
const agreementRemoved: DomainEvent = {
  type: 'partner.agreement_removed',
  version: 1,
  aggregateId: partnerId,
  payload: { id: partnerId, partnerId },
};

describe('the event union', () => {
  it('lets type, version and payload through only together (the marked lines must not compile)', () => {
    // @ts-expect-error a payload of another type
    const wrongPayload: DomainEvent = { ...agreementRemoved, type: 'activity.deleted' };
    // @ts-expect-error a version the type does not have
    const wrongVersion: DomainEvent = { ...agreementRemoved, version: 2 };
    // @ts-expect-error a type nobody publishes
    const unknownType: DomainEvent = { ...agreementRemoved, type: 'agreement.removed' };
    const v1Payload = { importId: 'import-1', activities: [] as ActivitySnapshotV1[] };
    // @ts-expect-error activity.imported version 2 is column-wise, not version 1's list
    const crossedVersions: DomainEvent = {
      type: 'activity.imported',
      version: 2,
      aggregateId: 'i',
      payload: v1Payload,
    };

    expect([wrongPayload, wrongVersion, unknownType, crossedVersions]).toHaveLength(4);
  });

  it('gives a consumer every version of a type, told apart by the version', () => {
    const versions: DomainEventEnvelope<'activity.imported'>['version'][] = [1, 2];
    const v2 = packImportedActivities('import-1', []);
    expect(
      versions.map((version) =>
        importedActivities(
          version === 1
            ? { version, payload: { importId: 'import-1', activities: [] } }
            : { version, payload: v2 },
        ),
      ),
    ).toEqual([[], []]);
  });
});
