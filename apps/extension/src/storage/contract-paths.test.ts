/**
 * Issue 8, "Done when": the one table of contracts (`@supportlink/rules/testing`) through the
 * extension's three paths — the Options form's logic, Partner Center capture and JSON import —
 * down to what is stored and the state the popup shows. The API runs the same table
 * (apps/api/test/contract-paths.test.ts). A path that decided anything itself would diverge here.
 */
import type { Benefit, CaptureSnapshot, ContractState, OfferId } from '@supportlink/rules';
import {
  CONTRACT_PATH_ROWS,
  errorKeys,
  PATHS_NOW,
  type PathOutcome,
  type PathRow,
  pathIds,
} from '@supportlink/rules/testing';
import { describe, expect, it } from 'vitest';
import { capturedFrom } from '../features/partner-center-capture';
import type { StoredContract } from '../messaging/protocol';
import { type Draft, validate } from '../ui/options/ContractForm';
import { proposeForPage, saveCaptured, toView, upsert } from './contracts';
import { EXPORT_FORMAT, ImportError, parseExport } from './transfer';

const rows = CONTRACT_PATH_ROWS.map((row, i) => [row.name, row, i] as const);

/** What the popup would show for a stored contract, in the table's terms. */
function stored(contract: StoredContract): PathOutcome {
  const state: ContractState = toView(contract, PATHS_NOW).state;
  return {
    ok: true,
    ruleset: contract.ruleset,
    allotment: state.allotment,
    state: state.state,
    warnings: state.problems.filter((p) => p.severity === 'warning').map((p) => p.code),
  };
}

/** The Options form: the draft as typed, its `validate`, then the background's `upsert`. */
function viaOptionsForm(row: PathRow, i: number): PathOutcome {
  const draft: Draft = {
    ...pathIds(i),
    benefit: row.input.benefit as Benefit,
    offer: row.input.offer as OfferId,
    startDate: row.input.startDate,
    startDateEstimated: false,
    endDate: row.input.endDate,
    label: '',
    ruleset: row.input.ruleset ?? 'auto',
    competency: row.input.competency ?? '',
    allotment: '',
  };
  const { input, problems } = validate(draft);
  if (!input) return { ok: false, errors: errorKeys(problems) };
  return stored(upsert([], { ...input, id: `form-${i}` }, PATHS_NOW).contract);
}

/** Partner Center capture: the page shows the dates; the user chooses benefit, offer and competency. */
function viaCapture(row: PathRow, i: number): PathOutcome {
  const snapshot: CaptureSnapshot = {
    ...pathIds(i),
    fields: [
      { label: 'Start date', value: row.input.startDate },
      { label: 'End date', value: row.input.endDate },
    ],
    sectionText: 'Technical support',
    pageText: '',
    locale: 'en-US',
  };
  const choices = {
    benefit: row.input.benefit as Benefit,
    offer: row.input.offer as OfferId,
    competency: row.input.competency,
  };
  const { proposal } = proposeForPage([], { snapshot, choices, locale: 'en' }, PATHS_NOW);
  const captured = capturedFrom(proposal);
  if (!captured) return { ok: false, errors: errorKeys(proposal.problems) };
  return stored(saveCaptured([], captured, PATHS_NOW).contract);
}

/** JSON import: the row as a file of one contract. */
function viaImport(row: PathRow, i: number): PathOutcome {
  const json = JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    contracts: [{ ...pathIds(i), ...row.input }],
  });
  try {
    const [contract] = parseExport(json, PATHS_NOW);
    if (!contract) throw new Error('the import returned nothing');
    return stored(contract);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { ok: false, errors: errorKeys(error.problems) };
  }
}

describe('one table of contracts, three extension paths, one answer', () => {
  it.each(rows)('Options form: %s', (_name, row, i) => {
    expect(viaOptionsForm(row, i)).toEqual(row.expect);
  });

  // The capture never names a ruleset (the rules choose it), so rows that name one are not its input.
  it.each(rows.filter(([, row]) => !row.input.ruleset))('capture: %s', (_name, row, i) => {
    expect(viaCapture(row, i)).toEqual(row.expect);
  });

  it.each(rows)('import: %s', (_name, row, i) => {
    expect(viaImport(row, i)).toEqual(row.expect);
  });

  it('the table covers what diverged before: a ruleset chosen by date, refused dates and offers', () => {
    const expectations = CONTRACT_PATH_ROWS.map((r) => r.expect);
    expect(expectations.filter((e) => e.ok).length).toBeGreaterThanOrEqual(8);
    expect(expectations.flatMap((e) => (e.ok ? [] : e.errors))).toEqual(
      expect.arrayContaining([
        'startDate:date-impossible',
        'startDate:date-year-out-of-range',
        'offer:offer-not-in-ruleset',
      ]),
    );
  });
});
