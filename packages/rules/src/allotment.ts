import { rulesets } from './rulesets/index.js';
import type { Allotment, AllotmentQuery, Fact } from './types.js';

const NOT_OFFERED: Fact<Allotment> = {
  value: 0,
  provenance: { source: 'seed', section: 'offer not part of this ruleset', confidence: 'documented' },
};

/** The allotment with the fact it rests on. Offers a ruleset does not know get 0. */
export function allotmentFact(query: AllotmentQuery): Fact<Allotment> {
  const offer = rulesets[query.ruleset]?.offers[query.offer];
  if (!offer) return NOT_OFFERED;
  const rule = offer.allotments[query.benefit];
  if (rule.kind === 'flat') return rule.fact;
  return rule.byCompetency[query.competency === 'cloud' ? 'cloud' : 'other'];
}

/** Incidents an offer grants for a benefit: a number, `'unlimited'`, or 0 when there is none. */
export function allotment(query: AllotmentQuery): Allotment {
  return allotmentFact(query).value;
}

/**
 * Whether the competency changes what this offer grants for this benefit (the seed's gold and
 * silver cloud rows): then a form or the capture asks for it rather than assume.
 */
export function competencyMatters(query: Omit<AllotmentQuery, 'competency'>): boolean {
  const rule = rulesets[query.ruleset]?.offers[query.offer]?.allotments[query.benefit];
  return rule?.kind === 'by-competency' && rule.byCompetency.cloud.value !== rule.byCompetency.other.value;
}
