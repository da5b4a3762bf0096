import type {
  Allotment,
  Benefit,
  Confidence,
  Fact,
  OfferDefinition,
  OfferId,
  Provenance,
  SourceKey,
} from '../types.js';

export function from(source: SourceKey, section: string, confidence: Confidence = 'documented'): Provenance {
  return { source, section, confidence };
}

export function fact<T>(value: T, provenance: Provenance): Fact<T> {
  return { value, provenance };
}

export function incidents(value: Allotment, provenance: Provenance): Fact<Allotment> {
  return fact(value, provenance);
}

/** An offer whose allotment per benefit is one flat figure, all from the same source. */
export function flatOffer(
  id: OfferId,
  name: string,
  provenance: Provenance,
  counts: Record<Benefit, Allotment>,
): OfferDefinition {
  return {
    id,
    name,
    provenance,
    allotments: {
      'on-premises': { kind: 'flat', fact: incidents(counts['on-premises'], provenance) },
      cloud: { kind: 'flat', fact: incidents(counts.cloud, provenance) },
    },
  };
}
