export interface Charter {
  id: string;
  institution: string;
  title: string;
  academicYear: string;
  parties: string[];
  definition: string | null;
  commitments: string[];
  expectations: string[];
  values: { title: string; description: string }[];
  priorities: string[];
  relatedStrategies: string[];
  publishedAt: string | null;
}

export interface Forum {
  id: string;
  school: string;
  name: string;
}

export interface Meeting {
  id: string;
  forumId: string;
  school: string;
  date: string;
  agenda: string[];
  minutes: { text: string; writtenAt: string | null; publishedAt: string | null } | null;
  minutesPublished: boolean;
  version: number;
}

export interface Feedback {
  id: string;
  school: string;
  subject: string;
  body: string;
  expectation: string | null;
  service: string | null;
  anonymous: boolean;
  author: { name: string } | null;
  level: string;
  status: string;
  dueBy: string;
  overdue: boolean;
  responses: { body: string; at?: string; by?: { name?: string; role?: string } }[];
  outcome: string | null;
  createdAt: string;
}

export interface AwardCycle {
  id: string;
  year: number;
  categories: string[];
  closesOn: string;
  open: boolean;
}

export interface Nomination {
  id: string;
  nominee: { name: string; role: string };
  category: string;
  citation: string;
  status: string;
}
