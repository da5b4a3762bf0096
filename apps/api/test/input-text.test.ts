/**
 * Issue 10, finding 6: a NUL byte or an unpaired surrogate in any text field is refused with 400
 * naming the field, on both dialects — never a 500 (PostgreSQL) and never a silent change that makes
 * the identical retry a 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from './helpers/dialects.js';
import { eventId, type Harness, harness, type Org, sampleContract } from './helpers/harness.js';

const NUL = 'x\u0000y';
const LONE_HIGH = 'x\uD83D';
const LONE_LOW = '\uDE00x';

describe.each(dialects)('unstorable text on %s', (dialect) => {
  let h: Harness;
  let org: Org;
  let contract: string;
  beforeAll(async () => {
    h = await harness(dialect);
    org = await h.org();
    contract = (await h.req('POST', '/v1/contracts', { token: org.tokens.member, body: sampleContract() }))
      .body.id;
  });
  afterAll(() => h.close());

  const cases = (): [string, string, string, (bad: string) => unknown, string, Record<string, string>?][] => [
    ['POST', '/v1/contracts', 'label', (bad) => sampleContract({ label: bad }), 'label'],
    ['POST', '/v1/contracts', 'accessId', (bad) => sampleContract({ accessId: `ACC${bad}` }), 'accessId'],
    ['POST', '/v1/contracts', 'contractId', (bad) => sampleContract({ contractId: bad }), 'contractId'],
    [
      'PATCH',
      `/v1/contracts/${contract}`,
      'label',
      (bad) => ({ label: bad }),
      'label',
      { 'if-match': '"1"' },
    ],
    [
      'POST',
      `/v1/contracts/${contract}/events`,
      'note',
      (bad) => ({ id: eventId(), type: 'opened', at: '2026-02-01T00:00:00Z', note: bad }),
      'note',
    ],
    ['PUT', `/v1/contracts/${contract}/links/azure`, 'account', (bad) => ({ account: bad }), 'account'],
    ['POST', '/v1/members', 'name', (bad) => ({ name: bad, role: 'viewer' }), 'name'],
    ['PATCH', `/v1/members/${org.memberIds.viewer}`, 'name', (bad) => ({ name: bad }), 'name'],
    ['POST', '/v1/tokens', 'name', (bad) => ({ name: bad }), 'name'],
    ['POST', '/v1/contracts', 'a key', (bad) => ({ ...sampleContract(), [bad]: 1 }), '(key)'],
  ];

  for (const [label, bad] of [
    ['NUL', NUL],
    ['lone high surrogate', LONE_HIGH],
    ['lone low surrogate', LONE_LOW],
  ] as const) {
    it(`${label}: 400 naming the field on every write route, and the identical retry gets 400 again`, async () => {
      for (const [method, path, what, body, field, headers] of cases()) {
        for (let attempt = 0; attempt < 2; attempt++) {
          const res = await h.req(method, path, { token: org.tokens.owner, body: body(bad), headers });
          expect(res.status, `${method} ${path} ${what}: ${res.text}`).toBe(400);
          expect(res.body.errors[0]).toMatchObject({ field, in: 'body' });
          expect(res.body.detail).toMatch(/NUL|surrogate/);
        }
      }
      // A lone surrogate has no percent-encoding; NUL has one (%00).
      if (bad === NUL) {
        const q = await h.req('GET', `/v1/sync?since=${encodeURIComponent(bad)}`, {
          token: org.tokens.viewer,
        });
        expect(q.status).toBe(400);
        expect(q.body.errors[0]).toMatchObject({ field: 'since', in: 'query' });
      }
      expect(h.logs.filter((l) => l.includes('"level":"error"'))).toEqual([]);
    });
  }

  it('valid text outside the BMP, CJK and other control characters are stored exactly and retried as the same', async () => {
    const label = '合同 😀 𝔸\u0001\t';
    const body = sampleContract({ id: `exact-${dialect}`, label });
    const made = await h.req('POST', '/v1/contracts', { token: org.tokens.member, body });
    expect(made.status).toBe(201);
    expect(made.body.label).toBe(label);
    const again = await h.req('POST', '/v1/contracts', { token: org.tokens.member, body });
    expect(again.status).toBe(200);
    const read = await h.req('GET', `/v1/contracts/exact-${dialect}`, { token: org.tokens.member });
    expect(read.body.label).toBe(label);
  });
});
