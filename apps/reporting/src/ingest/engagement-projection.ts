import { executeWithParameters } from '@app/database';
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

/**
 * Adds activities that are new to the read model to their partners' engagement, without recounting
 * the activities the partners already had (a recount per import event made an import's reporting
 * quadratic in the partner's size). Only for activities no earlier version of which was counted:
 * a changed or moved activity needs `refreshEngagement`.
 */
export async function addToEngagement(em: EntityManager, activityIds: string[]): Promise<void> {
  if (activityIds.length === 0) return;
  await executeWithParameters(
    em,
    `with added as (
       select a.partner_id, count(*) as activities, array_agg(distinct a.type order by a.type) as types,
              array_agg(distinct a.faculty order by a.faculty) as faculties, coalesce(sum(a.value_gbp), 0) as value_gbp,
              min(a.start_date) as first_activity_on, max(a.start_date) as last_activity_on
         from ${S}.activity_rm a
        where a.id = any($1::uuid[]) and not a.deleted and a.status in ('active', 'completed')
        group by a.partner_id),
     income as (
       select f.partner_id, sum(f.amount_gbp) as amount_gbp
         from ${S}.activity_fact f
        where f.activity_id = any($1::uuid[]) and f.stage = 'counted'
        group by f.partner_id)
     insert into ${S}.partner_engagement as e
     select added.partner_id, added.activities, added.types, added.faculties, added.value_gbp,
            coalesce(income.amount_gbp, 0), added.first_activity_on, added.last_activity_on
       from added left join income on income.partner_id = added.partner_id
     on conflict (partner_id) do update set
       activities = e.activities + excluded.activities,
       types = array(select distinct t from unnest(e.types || excluded.types) as t order by t),
       faculties = array(select distinct f from unnest(e.faculties || excluded.faculties) as f order by f),
       value_gbp = e.value_gbp + excluded.value_gbp,
       amount_gbp = e.amount_gbp + excluded.amount_gbp,
       first_activity_on = least(e.first_activity_on, excluded.first_activity_on),
       last_activity_on = greatest(e.last_activity_on, excluded.last_activity_on)`,
    [activityIds],
  );
}
