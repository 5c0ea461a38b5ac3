import type { PartnerTier } from '@app/contracts';

/** The five components of the strategic-partner methodology and their weights (points out of their sum). */
export const SCORE_COMPONENTS = ['breadth', 'reach', 'value', 'recency', 'agreement'] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];
export type ScoreWeights = Record<ScoreComponent, number>;

export const DEFAULT_WEIGHTS: ScoreWeights = {
  breadth: 30,
  reach: 25,
  value: 20,
  recency: 15,
  agreement: 10,
};

/** Where each component reaches full marks, and what engagement suggests a higher tier. */
export const SCORING = {
  fullBreadthTypes: 5,
  fullReachFaculties: 3,
  fullValueGbp: 1_000_000,
  recencyHalfLifeDays: 365,
  corporate: { minTypes: 5, minFaculties: 3 },
  strategic: { minTypes: 3, minActivities: 5 },
} as const;

export interface ScoringSettings {
  weights: ScoreWeights;
  /** A tier suggestion needs an activity this recent: an old burst of work is not a relationship. */
  suggestWithinDays: number;
}

export const DEFAULT_SCORING: ScoringSettings = { weights: DEFAULT_WEIGHTS, suggestWithinDays: 730 };

/** `breadth=30,reach=25,value=20,recency=15,agreement=10`; unnamed components keep their default. */
export function parseWeights(text: string): ScoreWeights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const part of text.split(',').filter(Boolean)) {
    const [name, value] = part.split('=').map((item) => item.trim());
    if (!SCORE_COMPONENTS.includes(name as ScoreComponent) || !/^\d+(\.\d+)?$/.test(value ?? ''))
      throw new Error(`REPORTING_SCORE_WEIGHTS: "${part}" is not <${SCORE_COMPONENTS.join('|')}>=<number>`);
    weights[name as ScoreComponent] = Number(value);
  }
  if (Object.values(weights).every((weight) => weight === 0))
    throw new Error('REPORTING_SCORE_WEIGHTS: at least one weight must be above 0');
  return weights;
}

export interface Engagement {
  tier: PartnerTier;
  activities: number;
  types: string[];
  faculties: string[];
  valueGbp: number;
  lastActivityOn: string | null;
  agreementsInPlace: string[];
}

export interface ComponentScore {
  /** 0–1 before weighting. */
  ratio: number;
  weight: number;
  points: number;
  working: string;
}

const TIER_RANK: Record<PartnerTier, number> = { transactional: 0, strategic: 1, corporate: 2 };
const round1 = (value: number) => Math.round(value * 10) / 10;
const gbp = (value: number) => `£${Math.round(value).toLocaleString('en-GB')}`;
const listed = (items: string[]) => (items.length ? ` (${items.join(', ')})` : '');

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Scores one partner: every component with its working, the total, and a tier suggestion with its reasons. */
export function scorePartner(engagement: Engagement, settings: ScoringSettings, today: string) {
  const { weights } = settings;
  const age = engagement.lastActivityOn ? Math.max(0, daysBetween(engagement.lastActivityOn, today)) : null;
  const ratios: Record<ScoreComponent, [number, string]> = {
    breadth: [
      Math.min(engagement.types.length / SCORING.fullBreadthTypes, 1),
      `${engagement.types.length} distinct activity types${listed(engagement.types)}; ${SCORING.fullBreadthTypes} or more score full marks`,
    ],
    reach: [
      Math.min(engagement.faculties.length / SCORING.fullReachFaculties, 1),
      `${engagement.faculties.length} faculties${listed(engagement.faculties)}; ${SCORING.fullReachFaculties} or more score full marks`,
    ],
    value: [
      Math.min(Math.log10(1 + Math.max(0, engagement.valueGbp)) / Math.log10(1 + SCORING.fullValueGbp), 1),
      `${gbp(engagement.valueGbp)} across ${engagement.activities} active or completed activities; log scale, ${gbp(SCORING.fullValueGbp)} or more score full marks`,
    ],
    recency: [
      age === null ? 0 : 0.5 ** (age / SCORING.recencyHalfLifeDays),
      age === null
        ? 'no active or completed activity'
        : `latest activity started ${engagement.lastActivityOn} (${age} days ago); halves every ${SCORING.recencyHalfLifeDays} days`,
    ],
    agreement: [
      engagement.agreementsInPlace.length ? 1 : 0,
      engagement.agreementsInPlace.length
        ? `formal agreement in place: ${engagement.agreementsInPlace.join(', ')}`
        : 'no active formal agreement',
    ],
  };
  const totalWeight = SCORE_COMPONENTS.reduce((sum, name) => sum + weights[name], 0);
  const components = Object.fromEntries(
    SCORE_COMPONENTS.map((name) => {
      const [ratio, working] = ratios[name];
      const points = (ratio * weights[name] * 100) / totalWeight;
      return [
        name,
        { ratio: round1(ratio * 100) / 100, weight: weights[name], points: round1(points), working },
      ];
    }),
  ) as Record<ScoreComponent, ComponentScore>;
  const score = round1(SCORE_COMPONENTS.reduce((sum, name) => sum + components[name].points, 0));
  return { score, components, ...suggestTier(engagement, age !== null && age <= settings.suggestWithinDays) };
}

function suggestTier(engagement: Engagement, current: boolean) {
  const types = engagement.types.length;
  const faculties = engagement.faculties.length;
  const reasons: string[] = [];
  let suggested: PartnerTier | null = null;
  if (current && types >= SCORING.corporate.minTypes && faculties >= SCORING.corporate.minFaculties) {
    suggested = 'corporate';
    reasons.push(
      `${types} activity types across ${faculties} faculties${listed(engagement.faculties)}: corporate partners are major, cross-campus relationships (at least ${SCORING.corporate.minTypes} types in ${SCORING.corporate.minFaculties} faculties)`,
    );
  } else if (
    current &&
    (types >= SCORING.strategic.minTypes || engagement.activities >= SCORING.strategic.minActivities)
  ) {
    suggested = 'strategic';
    reasons.push(
      `${engagement.activities} activities of ${types} types: strategic partners have several activities (at least ${SCORING.strategic.minTypes} types or ${SCORING.strategic.minActivities} activities)`,
    );
  }
  if (!suggested || TIER_RANK[suggested] <= TIER_RANK[engagement.tier])
    return { suggestedTier: null, reasons: [] };
  reasons.push(`currently ${engagement.tier}`);
  if (engagement.agreementsInPlace.length === 0) reasons.push('no formal agreement is in place yet');
  return { suggestedTier: suggested, reasons };
}
