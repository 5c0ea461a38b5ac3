import type { PartnerSnapshotV1 } from '@app/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';
import { lockAggregate, replacePartnerFacts } from './activity-projection';

/** Keeps the partner as last seen; an organisation type change re-places its activities in HE-BCI. */
export async function applyPartner(em: EntityManager, partner: PartnerSnapshotV1): Promise<void> {
  await lockAggregate(em, partner.id);
  const [held] = await em.execute<{ version: number; organisation_type: string }[]>(
    `select version, organisation_type from ${S}.partner_rm where id = ?`,
    [partner.id],
  );
  if (held && held.version >= partner.version) return;
  await em.execute(
    `insert into ${S}.partner_rm (id, name, organisation_type, tier, status, archived, version)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set name = excluded.name, organisation_type = excluded.organisation_type,
       tier = excluded.tier, status = excluded.status, archived = excluded.archived, version = excluded.version`,
    [
      partner.id,
      partner.name,
      partner.organisationType,
      partner.tier,
      partner.status,
      partner.archivedAt !== null,
      partner.version,
    ],
  );
  if (held?.organisation_type !== partner.organisationType)
    await replacePartnerFacts(em, partner.id, partner.organisationType);
}
