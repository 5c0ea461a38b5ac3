import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** The student partnership's replies, as the gateway's OpenAPI document describes them. */
export type Charter = Schemas['CharterView'];
export type TeachingGroup = Schemas['TeachingGroupView'];
export type Representative = Schemas['RepresentativeView'];
export type Forum = Schemas['ForumView'];
export type Meeting = Schemas['MeetingView'];
export type Feedback = Schemas['FeedbackView'];
export type YouSaidWeDid = Schemas['YouSaidWeDidView'];
export type AwardCycle = Schemas['AwardCycleView'];
export type Nomination = Schemas['NominationView'];
export type ActionPlan = Schemas['ActionPlanView'];
export type Project = Schemas['ProjectView'];
