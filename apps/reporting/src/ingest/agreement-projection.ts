import type { AgreementSnapshotV1 } from '@app/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';
import { lockAggregate, TOMBSTONE_VERSION } from './activity-projection';

/** Keeps each partner's agreements as last seen: "is a formal agreement in place" reads them. */
export async function applyAgreement(em: EntityManager, agreement: AgreementSnapshotV1): Promise<void> {
  await lockAggregate(em, agreement.id);
  await em.execute(
    `insert into ${S}.agreement_rm (id, partner_id, type, title, status, start_date, end_date, version)
     values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set type = excluded.type, title = excluded.title, status = excluded.status,
       start_date = excluded.start_date, end_date = excluded.end_date, version = excluded.version
     where agreement_rm.version < excluded.version`,
    [
      agreement.id,
      agreement.partnerId,
      agreement.type,
      agreement.title,
      agreement.status,
      agreement.startDate,
      agreement.endDate,
      agreement.version,
    ],
  );
}

export async function removeAgreement(em: EntityManager, id: string, partnerId: string): Promise<void> {
  await em.execute(
    `insert into ${S}.agreement_rm (id, partner_id, type, title, status, start_date, version, deleted)
     values (?, ?, 'other', '', 'terminated', '1970-01-01', ?, true)
     on conflict (id) do update set deleted = true, version = excluded.version`,
    [id, partnerId, TOMBSTONE_VERSION],
  );
}
