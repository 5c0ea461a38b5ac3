import { ACTIVITY_TYPES, ORGANISATION_TYPES } from '@app/contracts';
import { hebciPlacement } from './hebci-cells';

describe('hebciPlacement', () => {
  it('places contract research for an SME in the contract-research SME cell', () => {
    expect(hebciPlacement('contract_research', {}, 'sme')).toEqual({
      included: true,
      line: 'contract_research',
      column: 'sme',
      cellId: 'contract_research.sme',
    });
  });

  it('counts collaborative research only with a public funder, and KTPs as collaborative research', () => {
    expect(hebciPlacement('collaborative_research', { publicFunder: 'UKRI' }, 'nhs')).toMatchObject({
      cellId: 'collaborative_research.non_commercial',
    });
    expect(hebciPlacement('collaborative_research', {}, 'nhs')).toEqual({
      included: false,
      reason: 'collaborative research without a public funder',
    });
    expect(hebciPlacement('ktp', {}, 'large_company')).toMatchObject({
      cellId: 'collaborative_research.non_sme_commercial',
    });
  });

  it('counts public lectures, exhibitions and performances in Table 5, other events nowhere', () => {
    expect(hebciPlacement('networking_promotional', { format: 'lecture' }, 'charity')).toMatchObject({
      cellId: 'public_engagement.non_commercial',
    });
    expect(hebciPlacement('networking_promotional', { format: 'networking' }, 'charity')).toMatchObject({
      included: false,
    });
    expect(hebciPlacement('training_cpd', {}, 'sme')).toMatchObject({ cellId: 'cpd.sme' });
  });

  it('gives every type and partner type exactly one answer: a cell or a reason', () => {
    for (const type of ACTIVITY_TYPES)
      for (const organisationType of [...ORGANISATION_TYPES, null]) {
        const placement = hebciPlacement(type, { publicFunder: 'UKRI' }, organisationType);
        if (placement.included)
          expect(placement.cellId).toMatch(/^[a-z_]+\.(sme|non_sme_commercial|non_commercial)$/);
        else expect(placement.reason.length).toBeGreaterThan(10);
      }
    expect(hebciPlacement('student_engagement', {}, 'sme')).toMatchObject({ included: false });
    expect(hebciPlacement('consultancy', {}, 'consortium')).toMatchObject({ included: false });
  });
});
