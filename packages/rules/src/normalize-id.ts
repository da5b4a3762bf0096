import { DASHES, INVISIBLE } from './text/normalize-text.js';
import type { NormalizedId } from './types.js';

type Warning = NormalizedId['warnings'][number];

const SPACE = /\s+/g;
const USUAL = /^[A-Za-z0-9._-]*$/;
const MIN_USUAL_LENGTH = 4;
const MAX_USUAL_LENGTH = 64;

function step(value: string, warnings: Set<Warning>): string {
  if (value.search(DASHES) !== -1) warnings.add('unified-dashes');
  const visible = value.replace(INVISIBLE, '');
  if (visible !== value) warnings.add('removed-invisible');
  const unified = visible.normalize('NFKC').replace(DASHES, '-');
  const compact = unified.replace(SPACE, '');
  if (compact !== unified) warnings.add('changed-whitespace');
  return compact;
}

/**
 * Cleans an Access ID or Contract ID as pasted from e-mail or a web page: spaces, line
 * breaks and invisible characters removed, dashes unified, full-width forms folded.
 * No public source gives a format, so it only warns about odd values and never rejects.
 */
export function normalizeId(raw: string): NormalizedId {
  const warnings = new Set<Warning>();
  let value = String(raw ?? '');
  // Removing characters can create new normal-form sequences; a few passes reach a fixed point.
  for (let i = 0; i < 4; i++) {
    const next = step(value, warnings);
    if (next === value) break;
    value = next;
  }
  if (value === '') warnings.add('empty');
  else {
    if (value.length < MIN_USUAL_LENGTH || value.length > MAX_USUAL_LENGTH) warnings.add('unusual-length');
    if (!USUAL.test(value)) warnings.add('unusual-characters');
  }
  return { value, warnings: [...warnings] };
}
