import { describe, expect, it } from 'vitest';
import { BENEFITS, OFFER_IDS, RULESET_IDS, rulesets } from '../src/index.js';

describe('runtime id tuples (validated by the API and the extension import)', () => {
  it('list every offer some ruleset defines, and nothing no ruleset knows', () => {
    const defined = new Set(RULESET_IDS.flatMap((id) => Object.keys(rulesets[id].offers)));
    expect([...defined].sort()).toEqual([...OFFER_IDS].sort());
  });

  it('list every benefit each ruleset describes', () => {
    for (const id of RULESET_IDS)
      expect(Object.keys(rulesets[id].benefits).sort()).toEqual([...BENEFITS].sort());
  });
});
