/** The shared table of contracts (src/testing) through the rules themselves: the reference every path must match. */
import { describe, expect, it } from 'vitest';
import { contractState, validateContract } from '../src/index.js';
import {
  CONTRACT_PATH_ROWS,
  errorKeys,
  PATHS_NOW,
  type PathOutcome,
  pathIds,
} from '../src/testing/contract-paths.js';

describe('the cross-path table, through validateContract and contractState', () => {
  it.each(CONTRACT_PATH_ROWS.map((row, i) => [row.name, row, i] as const))('%s', (_name, row, i) => {
    const checked = validateContract({ ...row.input, ...pathIds(i) });
    let outcome: PathOutcome;
    if (!checked.ok) {
      outcome = { ok: false, errors: errorKeys(checked.problems) };
    } else {
      const state = contractState({ id: `c${i}`, ...checked.value }, [], PATHS_NOW);
      outcome = {
        ok: true,
        ruleset: checked.value.ruleset,
        allotment: state.allotment,
        state: state.state,
        warnings: state.problems.filter((p) => p.severity === 'warning').map((p) => p.code),
      };
      // The stored contract's state carries the same warnings validation gave: what every path compares.
      expect(state.problems).toEqual(checked.problems);
    }
    expect(outcome).toEqual(row.expect);
  });
});
