/**
 * Issue 8, "Done when": the one table of contracts (`@supportlink/rules/testing`) through the API —
 * POST /v1/contracts, then the row in GET /v1/summary — must give the answer the Options form,
 * the capture and the import give (apps/extension/src/storage/contract-paths.test.ts). A refused
 * row is a 400 whose errors carry the rules' own codes.
 */
import { CONTRACT_PATH_ROWS, PATHS_NOW, type PathOutcome, pathIds } from '@supportlink/rules/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from './helpers/dialects.js';
import { type Harness, harness, type Org } from './helpers/harness.js';

interface SummaryItem {
  id: string;
  ruleset: string;
  allotment: number | 'unlimited';
  state: string;
  problems: Array<{ code: string; severity: string }>;
}

describe.each(dialects)('one table of contracts through the API on %s', (dialect) => {
  let h: Harness;
  let org: Org;
  beforeAll(async () => {
    h = await harness(dialect);
    h.clock.t = PATHS_NOW;
    org = await h.org();
  });
  afterAll(() => h?.close());

  /** Creates the row's contract and reads it back as the popup and dashboard see it. */
  async function viaApi(input: object, i: number): Promise<PathOutcome> {
    const id = `path-${i}`;
    const created = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: { id, ...pathIds(i), ...input },
    });
    if (created.status === 400) {
      const errors = (created.body.errors as Array<{ field: string; code?: string }>).map(
        (e) => `${e.field}:${e.code ?? 'no-code'}`,
      );
      return { ok: false, errors } as PathOutcome;
    }
    expect(created.status, created.text).toBe(201);
    const summary = await h.req('GET', '/v1/summary', { token: org.tokens.viewer });
    const item = (summary.body.contracts as SummaryItem[]).find((c) => c.id === id);
    if (!item) throw new Error(`contract ${id} is not in the summary`);
    return {
      ok: true,
      ruleset: item.ruleset,
      allotment: item.allotment,
      state: item.state,
      warnings: item.problems.filter((p) => p.severity === 'warning').map((p) => p.code),
    } as PathOutcome;
  }

  it.each(CONTRACT_PATH_ROWS.map((row, i) => [row.name, row, i] as const))('%s', async (_name, row, i) => {
    expect(await viaApi(row.input, i)).toEqual(row.expect);
  });

  it('answers a refused contract with every problem, typed and worded by the rules', async () => {
    const res = await h.req('POST', '/v1/contracts', {
      token: org.tokens.member,
      body: {
        ...pathIds(99),
        ruleset: 'ai-cloud-partner-2026',
        offer: 'action-pack',
        benefit: 'on-premises',
        startDate: '2026-02-30',
        endDate: '2027-01-31',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('urn:supportlink:problem:validation');
    expect(res.body.problems).toEqual([
      expect.objectContaining({ field: 'startDate', code: 'date-impossible', severity: 'error' }),
      expect.objectContaining({
        field: 'offer',
        code: 'offer-not-in-ruleset',
        offer: 'action-pack',
        ruleset: 'ai-cloud-partner-2026',
      }),
    ]);
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual([
      'date-impossible',
      'offer-not-in-ruleset',
    ]);
    expect(res.body.detail).toBe('Start date: This day does not exist in the calendar.');
    // Nothing of the refused contract was stored.
    const list = await h.req('GET', '/v1/contracts', { token: org.tokens.member });
    expect(list.body.contracts.some((c: { accessId: string }) => c.accessId === pathIds(99).accessId)).toBe(
      false,
    );
  });

  it('keeps the mark of an estimated start date until someone sends the real one', async () => {
    const body = {
      id: 'estimated',
      ...pathIds(98),
      ...CONTRACT_PATH_ROWS[0]?.input,
      startDateEstimated: true,
    };
    const created = await h.req('POST', '/v1/contracts', { token: org.tokens.member, body });
    expect(created.status).toBe(201);
    expect(created.body.startDateEstimated).toBe(true);
    const summary = await h.req('GET', '/v1/summary', { token: org.tokens.viewer });
    expect(summary.body.contracts.find((c: { id: string }) => c.id === 'estimated')?.startDateEstimated).toBe(
      true,
    );
    const label = await h.req('PATCH', '/v1/contracts/estimated', {
      token: org.tokens.member,
      headers: { 'if-match': created.headers.get('etag') ?? '' },
      body: { label: 'Cloud' },
    });
    expect(label.body.startDateEstimated).toBe(true);
    const dated = await h.req('PATCH', '/v1/contracts/estimated', {
      token: org.tokens.member,
      headers: { 'if-match': label.headers.get('etag') ?? '' },
      body: { startDate: '2026-01-20' },
    });
    expect(dated.status, dated.text).toBe(200);
    expect(dated.body.startDateEstimated).toBe(false);
  });
});
