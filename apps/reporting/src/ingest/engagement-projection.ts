import type { EntityManager } from '@mikro-orm/postgresql';
import { REPORTING_SCHEMA as S } from '../migrations';

/**
 * Recomputes one partner's engagement (types, faculties, value, first and last activity) from its
 * counted activities. Called under the partner's lock, after each of its activity events.
 */
export async function refreshEngagement(em: EntityManager, partnerId: string): Promise<void> {
  await em.execute(`delete from ${S}.partner_engagement where partner_id = ?`, [partnerId]);
  await em.execute(
    `insert into ${S}.partner_engagement
       select a.partner_id, count(*), array_agg(distinct a.type order by a.type),
              array_agg(distinct a.faculty order by a.faculty), coalesce(sum(a.value_gbp), 0),
              coalesce((select sum(f.amount_gbp) from ${S}.activity_fact f where f.partner_id = ? and f.stage = 'counted'), 0),
              min(a.start_date), max(a.start_date)
         from ${S}.activity_rm a
        where a.partner_id = ? and not a.deleted and a.status in ('active', 'completed')
        group by a.partner_id`,
    [partnerId, partnerId],
  );
}
