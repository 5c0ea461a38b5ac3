import {
  DEFAULT_SCORING,
  DEFAULT_WEIGHTS,
  parseWeights,
  scorePartner,
  type Engagement,
} from './strategic-score';

const arup: Engagement = {
  tier: 'transactional',
  activities: 6,
  types: ['consultancy', 'contract_research', 'ip_licensing', 'ktp', 'student_engagement'],
  faculties: ['BUS', 'ENG', 'MED'],
  valueGbp: 250_000,
  lastActivityOn: '2025-10-01',
  agreementsInPlace: [],
};

describe('scorePartner', () => {
  it('flags a transactional partner with five types across three faculties as a corporate candidate', () => {
    const result = scorePartner(arup, DEFAULT_SCORING, '2025-11-30');
    expect(result.suggestedTier).toBe('corporate');
    expect(result.reasons[0]).toContain('5 activity types across 3 faculties (BUS, ENG, MED)');
    expect(result.reasons).toContain('no formal agreement is in place yet');
    expect(result.components.breadth).toMatchObject({ ratio: 1, points: 30 });
    expect(result.components.reach).toMatchObject({ ratio: 1, points: 25 });
    expect(result.components.agreement).toMatchObject({ ratio: 0, points: 0 });
    // value: log10(250001)/log10(1000001) = 0.8997 → 18.0 of 20; recency: 60 days → 0.5^(60/365) = 0.892 → 13.4 of 15
    expect(result.components.value.points).toBe(18);
    expect(result.components.recency.points).toBe(13.4);
    expect(result.score).toBe(86.4);
  });

  it('suggests nothing for a partner already at the tier its engagement shows, or whose work is old', () => {
    expect(
      scorePartner({ ...arup, tier: 'corporate' }, DEFAULT_SCORING, '2025-11-30').suggestedTier,
    ).toBeNull();
    expect(scorePartner(arup, DEFAULT_SCORING, '2028-11-30')).toMatchObject({
      suggestedTier: null,
      reasons: [],
    });
    const patient = { ...DEFAULT_SCORING, suggestWithinDays: 3650 };
    expect(scorePartner(arup, patient, '2028-11-30').suggestedTier).toBe('corporate');
  });

  it('suggests strategic for several activities in one faculty, and scores a partner with no activity', () => {
    const few = { ...arup, types: ['consultancy', 'contract_research', 'ktp'], faculties: ['ENG'] };
    expect(scorePartner(few, DEFAULT_SCORING, '2025-11-30').suggestedTier).toBe('strategic');
    const idle: Engagement = {
      ...arup,
      activities: 0,
      types: [],
      faculties: [],
      valueGbp: 0,
      lastActivityOn: null,
    };
    const result = scorePartner(
      { ...idle, agreementsInPlace: ['framework: Research framework'] },
      DEFAULT_SCORING,
      '2025-11-30',
    );
    expect(result.score).toBe(10);
    expect(result.components.recency.working).toBe('no active or completed activity');
  });

  it('weights are configurable and the score stays out of 100', () => {
    const onlyBreadth = parseWeights('breadth=1,reach=0,value=0,recency=0,agreement=0');
    expect(scorePartner(arup, { ...DEFAULT_SCORING, weights: onlyBreadth }, '2025-11-30').score).toBe(100);
    expect(parseWeights('value=40')).toEqual({ ...DEFAULT_WEIGHTS, value: 40 });
    expect(() => parseWeights('size=3')).toThrow('"size=3"');
    expect(() => parseWeights('breadth=0,reach=0,value=0,recency=0,agreement=0')).toThrow('at least one');
  });
});
