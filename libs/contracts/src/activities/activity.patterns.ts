export const ActivityPattern = {
  Create: 'activities.create',
  List: 'activities.list',
  Get: 'activities.get',
  Update: 'activities.update',
  Delete: 'activities.delete',
  History: 'activities.history',
} as const;

/** Asked of the partners service by activities (and later reporting). */
export const PartnerLookupPattern = 'partners.lookup';

export interface PartnerLookupItem {
  id: string;
  name: string;
  organisationType: string;
  archivedAt: string | null;
}
