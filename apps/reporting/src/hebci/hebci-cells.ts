import {
  type ActivityType,
  HEBCI_COLUMNS,
  HEBCI_LINES,
  type HebciColumn,
  type HebciLine,
  type OrganisationType,
} from '@app/contracts';

export { HEBCI_COLUMNS, HEBCI_LINES, type HebciColumn, type HebciLine };

/** The HE-BCI Part B table each category belongs to. */
export const HEBCI_TABLE: Record<HebciLine, string> = {
  collaborative_research: '1',
  contract_research: '1',
  consultancy: '2',
  facilities_equipment: '2',
  cpd: '2',
  ip_licensing: '4',
  public_engagement: '5',
};

export const HEBCI_LINE_LABELS: Record<HebciLine, string> = {
  collaborative_research: 'Collaborative research involving public funding',
  contract_research: 'Contract research',
  consultancy: 'Consultancy',
  facilities_equipment: 'Facilities and equipment related services',
  cpd: 'Courses for business and the community (CPD)',
  ip_licensing: 'Intellectual property licensing',
  public_engagement: 'Public lectures, exhibitions and performances',
};

export const HEBCI_COLUMN_LABELS: Record<HebciColumn, string> = {
  sme: 'SMEs',
  non_sme_commercial: 'Other (non-SME) commercial businesses',
  non_commercial: 'Non-commercial organisations',
};

export function hebciColumnOf(organisationType: OrganisationType | null): HebciColumn | null {
  switch (organisationType) {
    case 'sme':
      return 'sme';
    case 'large_company':
      return 'non_sme_commercial';
    case 'public_sector':
    case 'nhs':
    case 'charity':
    case 'higher_education':
      return 'non_commercial';
    default:
      return null;
  }
}

export type HebciPlacement =
  | { included: true; line: HebciLine; column: HebciColumn; cellId: string }
  | { included: false; reason: string };

/**
 * Where an activity counts in the return, or why it does not. Every activity gets exactly one
 * answer, so no activity counts in two cells and none is dropped without a reason.
 */
export function hebciPlacement(
  type: ActivityType,
  details: Record<string, unknown>,
  organisationType: OrganisationType | null,
): HebciPlacement {
  const line = lineOf(type, details);
  if (typeof line !== 'string' || !line.startsWith('!')) {
    const column = hebciColumnOf(organisationType);
    if (!column) {
      return {
        included: false,
        reason:
          organisationType === null
            ? 'partner not known to reporting yet'
            : `partner type ${organisationType} has no HE-BCI column (set sme, large_company or a non-commercial type)`,
      };
    }
    return { included: true, line: line as HebciLine, column, cellId: `${line}.${column}` };
  }
  return { included: false, reason: line.slice(1) };
}

const PUBLIC_EVENT_FORMATS = ['lecture', 'exhibition', 'performance'];

/** A line, or `!reason` when the type is outside the return. */
function lineOf(type: ActivityType, details: Record<string, unknown>): string {
  switch (type) {
    case 'collaborative_research':
      return details.publicFunder
        ? 'collaborative_research'
        : '!collaborative research without a public funder';
    // KTPs are part-funded by Innovate UK: collaborative research involving public funding.
    case 'ktp':
      return 'collaborative_research';
    case 'contract_research':
      return 'contract_research';
    case 'consultancy':
      return 'consultancy';
    case 'facilities_use':
      return 'facilities_equipment';
    case 'training_cpd':
      return 'cpd';
    case 'ip_licensing':
      return 'ip_licensing';
    case 'staff_exchange':
      return '!staff exchange is not an HE-BCI income category';
    case 'networking_promotional':
      return PUBLIC_EVENT_FORMATS.includes(String(details.format))
        ? 'public_engagement'
        : '!networking and promotional events other than public lectures, exhibitions and performances are not in the return';
    case 'student_engagement':
      return '!student placements and projects are not an HE-BCI income category';
  }
}
