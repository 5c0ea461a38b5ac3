import type { components } from './schema';

type Schemas = components['schemas'];

/** The activities service's answers, as the gateway's OpenAPI document describes them. */
export type Activity = Schemas['ActivityView'];
export type ActivityHistoryEntry = Schemas['ActivityHistoryEntryView'];
export type ActivityImportAccepted = Schemas['ActivityImportAccepted'];
/** One import as GET /activities/imports/:importId shows it: its counts and the rows' errors. */
export type ActivityImport = Schemas['ActivityImportView'];
/** An import in the list of imports. */
export type ActivityImportSummary = Schemas['ActivityImportSummaryView'];
