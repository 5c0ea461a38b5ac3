/** The ten kinds of partnership activity (shared/seeds/strategic-partnerships.txt). */
export const ACTIVITY_TYPES = [
  'contract_research',
  'collaborative_research',
  'consultancy',
  'staff_exchange',
  'networking_promotional',
  'ktp',
  'facilities_use',
  'ip_licensing',
  'student_engagement',
  'training_cpd',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_STATUSES = ['pipeline', 'active', 'completed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
