export const ActivityPattern = {
  Create: 'activities.create',
  List: 'activities.list',
  Get: 'activities.get',
  Update: 'activities.update',
  Delete: 'activities.delete',
  History: 'activities.history',
} as const;

/** The CSV import of activities. */
export const ActivityImportPattern = {
  Start: 'activities.imports.start',
  Status: 'activities.imports.status',
  List: 'activities.imports.list',
} as const;

/** The import template is the gateway's own (no service is asked), but has its permission. */
export const ImportTemplateOperation = 'activities.imports.template';

/** Asked of the partners service by activities (and later reporting). */
export const PartnerLookupPattern = 'partners.lookup';

export interface PartnerLookupItem {
  id: string;
  name: string;
  organisationType: string;
  archivedAt: string | null;
}
