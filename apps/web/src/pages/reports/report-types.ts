import type { components } from '../../api/schema';

// The reports' replies, generated from the OpenAPI document (the view classes in libs/contracts).
type Schemas = components['schemas'];
export type Overview = Schemas['OverviewView'];
export type Candidate = Schemas['CandidateView'];
export type Candidates = Schemas['CandidatesView'];
export type HebciCell = Schemas['HebciCellView'];
export type Hebci = Schemas['HebciView'];
export type CellActivities = Schemas['HebciCellActivitiesView'];
export type StudentPartnership = Schemas['StudentPartnershipView'];
