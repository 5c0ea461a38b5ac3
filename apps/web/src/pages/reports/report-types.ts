export interface Overview {
  asOf: string | null;
  academicYear: string | null;
  faculty: string | null;
  totals: { count: number; valueGbp: number };
  partnersByTier: Record<string, number>;
  partnersByStatus: Record<string, number>;
  activitiesByType: { type: string; count: number; valueGbp: number }[];
  activitiesByFaculty: { faculty: string; count: number; valueGbp: number }[];
  activitiesByAcademicYear: { academicYear: string; count: number; valueGbp: number }[];
  topPartners: { partnerId: string; name: string; valueGbp: number }[];
}

export interface Candidate {
  partnerId: string;
  name: string;
  tier: string;
  score: number;
  components: Record<string, { ratio: number; weight: number; points: number; working: string }>;
  suggestedTier: string | null;
  reasons: string[];
}

export interface HebciCell {
  cellId: string;
  table: string;
  category: string;
  label: string;
  partnerClass: string;
  incomeThousands: number;
  incomeGbp: number;
  count: number;
  learnerDays?: number;
  attendees?: number;
}

export interface Hebci {
  academicYear: string;
  asOf: string | null;
  units: string;
  cells: HebciCell[];
  excluded: { count: number; byReason: { reason: string; count: number; incomeGbp: number }[] };
}

export interface CellActivities {
  cell: { count: number; incomeGbp: number; incomeThousands: number };
  items: {
    activityId: string;
    title: string;
    type: string;
    faculty: string;
    startDate: string;
    partner: { id: string; name: string };
    incomeGbp: number;
    reason?: string;
  }[];
  total: number;
  page: number;
  limit: number;
}
