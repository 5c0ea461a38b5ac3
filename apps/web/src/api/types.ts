export interface Partner {
  id: string;
  name: string;
  organisationType: string;
  tier: string;
  status: string;
  companyNumber: string | null;
  sector: string | null;
  country: string | null;
  region: string | null;
  website: string | null;
  description: string | null;
  aliases: string[];
  archivedAt: string | null;
  version: number;
}

export interface Contact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  relationshipRole: string | null;
  primary: boolean;
}

export interface Goal {
  id: string;
  title: string;
  description: string | null;
  targetDate: string | null;
  status: string;
}

export interface Agreement {
  id: string;
  type: string;
  title: string;
  startDate: string;
  endDate: string | null;
  valueGbp?: number | null;
  status: string;
  documentRef: string | null;
}

export interface TierChange {
  from: string;
  to: string;
  reason: string;
  changedBy: { userId: string; name: string | null };
  changedAt: string;
}

export interface PartnerDetail extends Partner {
  contacts: Contact[];
  goals: Goal[];
  agreements: Agreement[];
  tierHistory: TierChange[];
}

export type { Activity } from './activity-types';
