import { getMetadataStorage } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { compileAcceptor } from '../validation/compiled-acceptor';
import { CreateActivityDto, IncomeLineDto } from './activity.dto';
import { DETAILS_BY_TYPE } from './activity-details.dto';
import { ACTIVITY_TYPES, type ActivityType } from './activity.enums';
import { acceptNewActivity, validateNewActivity } from './validate-activity';
import { StaffRefDto } from '../partners/partner.dto';

/** Every key of every type's details, with a valid value. */
const FULL_DETAILS: Record<ActivityType, Record<string, unknown>> = {
  contract_research: { sponsorReference: 'PO-1', fullEconomicCostGbp: 52000.5 },
  collaborative_research: {
    publicFunder: 'UKRI',
    grantReference: 'EP/X0001/1',
    partnerCashGbp: 10000,
    partnerInKindGbp: 2500.25,
  },
  consultancy: { days: 12.5 },
  staff_exchange: { direction: 'outbound', staffCount: 2, durationWeeks: 6 },
  networking_promotional: { eventName: 'Lecture', format: 'lecture', attendees: 240, chargeable: false },
  ktp: {
    ktpReference: 'KTP-1',
    variant: 'classic',
    associateName: 'A',
    knowledgeBaseSupervisor: 'B',
    companySupervisor: 'C',
    durationMonths: 24,
    grantGbp: 120000.5,
    finalGrade: 'good',
  },
  facilities_use: { facility: 'Wind tunnel', days: 3.5 },
  ip_licensing: {
    ipReference: 'PAT-1',
    ipType: 'patent',
    licenceType: 'exclusive',
    fieldOfUse: 'Bridges',
    upfrontFeeGbp: 5000,
    royaltyRatePercent: 2.125,
  },
  student_engagement: { kind: 'placement', studentCount: 4, durationWeeks: 12 },
  training_cpd: { courseTitle: 'Lean', learnerDays: 30.5, creditBearing: true },
};

function fullActivity(type: ActivityType): Record<string, unknown> {
  return {
    partnerId: '8c3d2f5e-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
    type,
    title: 'Title',
    description: 'Description',
    faculty: 'ENG',
    school: 'ENG-MECH',
    leadStaff: { userId: 'u-1', name: 'Dr A' },
    status: 'active',
    startDate: '2025-10-01',
    endDate: '2026-09-30',
    valueGbp: 1000.25,
    inKindGbp: 0,
    income: [
      { academicYear: '2025/26', amountGbp: 600 },
      { academicYear: '2026/27', amountGbp: 400.25 },
    ],
    externalRef: 'REF-1',
    details: { ...FULL_DETAILS[type] },
  };
}

/** Values that break, bend or just pass each kind of rule. */
const PROBES: unknown[] = [
  undefined,
  null,
  '',
  ' padded ',
  'x'.repeat(101),
  'x'.repeat(301),
  'x'.repeat(5001),
  0,
  -1,
  1.005,
  1.5,
  2.1255,
  5,
  37,
  48,
  1e15,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  'true',
  '12',
  {},
  [],
  [1],
  '2025-02-30',
  '2024-02-29',
  '2025-9-1',
  '2025-09-01T00:00:00Z',
  '2019-08-01',
  'not-a-uuid',
  'eng',
  'MED',
  '2025/26',
  '2025/2026',
  'inbound',
  'sideways',
  'outstanding',
  'know_how',
  'internship',
  'pipeline',
  { academicYear: '2025/26', amountGbp: 1 },
  [{ academicYear: '2025/26', amountGbp: 1 }],
  [
    { academicYear: '2025/26', amountGbp: 1 },
    { academicYear: '2025/26', amountGbp: 2 },
  ],
  [{ academicYear: '2025/26', amountGbp: 1, extra: 1 }],
  { userId: 'u', name: 'N' },
  { userId: ' u', name: 'N' },
  { userId: 'u' },
];

function propertiesOf(cls: Function): string[] {
  return [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(cls, '', false, false)
        .map((m) => m.propertyName),
    ),
  ];
}

function* corpus(): Generator<Record<string, unknown>> {
  for (const type of ACTIVITY_TYPES) {
    const full = fullActivity(type);
    yield full;
    const minimal = Object.fromEntries(
      ['partnerId', 'type', 'title', 'faculty', 'startDate', 'details'].map((key) => [key, full[key]]),
    );
    yield minimal;
    for (const base of [full, minimal]) {
      for (const key of [...propertiesOf(CreateActivityDto), 'unknownKey']) {
        for (const probe of [...PROBES, ...ACTIVITY_TYPES]) yield { ...structuredClone(base), [key]: probe };
      }
      for (const key of [...propertiesOf(DETAILS_BY_TYPE[type]), 'unknownKey']) {
        for (const probe of PROBES) {
          yield { ...structuredClone(base), details: { ...(base.details as object), [key]: probe } };
        }
      }
    }
  }
}

async function slowVerdict(body: unknown): Promise<unknown> {
  try {
    return JSON.parse(JSON.stringify(await validateNewActivity(body))) as unknown;
  } catch (error) {
    if (error instanceof DomainError) return 'rejected';
    throw error;
  }
}

describe('acceptNewActivity (the import fast path) against validateNewActivity', () => {
  it('compiles every class an activity is made of', () => {
    for (const cls of [CreateActivityDto, IncomeLineDto, StaffRefDto, ...Object.values(DETAILS_BY_TYPE)])
      expect([cls.name, compileAcceptor(cls) !== null]).toEqual([cls.name, true]);
  });

  it('says yes only where validateNewActivity accepts the body unchanged, and to every such body', async () => {
    let cases = 0;
    let fastYes = 0;
    let slowOnly = 0;
    for (const body of corpus()) {
      cases++;
      const fast = acceptNewActivity(structuredClone(body));
      const slow = await slowVerdict(structuredClone(body));
      const unchanged = JSON.parse(JSON.stringify(body)) as unknown;
      if (fast !== undefined) {
        fastYes++;
        // Soundness: a fast yes is a slow yes with the very same result.
        expect({ body, verdict: slow }).toEqual({ body, verdict: unchanged });
      } else if (slow !== 'rejected') {
        slowOnly++;
        // Completeness: a body accepted as it is must not need the slow path.
        expect({ body, changedBySlowPath: slow }).not.toEqual({ body, changedBySlowPath: unchanged });
      }
    }
    expect(cases).toBeGreaterThan(10_000);
    expect(fastYes).toBeGreaterThan(1_000);
    expect(slowOnly).toBeGreaterThan(0); // padded text is trimmed by the slow path only
  });

  it('leaves a rejected row to validateNewActivity, which names the field', async () => {
    const body = { ...fullActivity('ktp'), details: { ...FULL_DETAILS.ktp, durationMonths: 48 } };
    expect(acceptNewActivity(body)).toBeUndefined();
    await expect(validateNewActivity(body)).rejects.toMatchObject({
      details: [{ field: 'details.durationMonths', problem: 'must be at most 36' }],
    });
  });
});
