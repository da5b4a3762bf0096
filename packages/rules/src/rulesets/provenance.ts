import type { Allotment, Confidence, Fact, Provenance, SourceKey } from '../types.js';

export function from(source: SourceKey, section: string, confidence: Confidence = 'documented'): Provenance {
  return { source, section, confidence };
}

export function fact<T>(value: T, provenance: Provenance): Fact<T> {
  return { value, provenance };
}

export function incidents(value: Allotment, provenance: Provenance): Fact<Allotment> {
  return fact(value, provenance);
}
