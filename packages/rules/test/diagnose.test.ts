import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/index.js';
import type { DiagnosisContext } from '../src/types.js';

const A = 'access-id-already-associated';

describe('diagnose("access-id-already-associated")', () => {
  it.each([
    [
      'seed: scenario 1, linked before and active',
      { linkedBefore: true, contractState: 'active' },
      'already-linked',
      ['already-linked'],
    ],
    [
      'seed: scenario 2, expired',
      { contractState: 'expired', linkedBefore: true },
      'expired-or-exhausted',
      ['expired-or-exhausted'],
    ],
    [
      'seed: scenario 2, signature pack used up',
      { contractState: 'exhausted' },
      'expired-or-exhausted',
      ['expired-or-exhausted'],
    ],
    [
      'seed: Action Pack has no cloud support',
      { offer: 'action-pack', linkedBefore: true, contractState: 'active' },
      'no-cloud-benefit',
      ['no-cloud-benefit'],
    ],
    [
      'DOMAIN.md: on-premises benefit in a cloud portal',
      { benefit: 'on-premises' },
      'no-cloud-benefit',
      ['no-cloud-benefit'],
    ],
    [
      'PROGRAM-2026.md [D26]: Partner Launch has no cloud incidents',
      { ruleset: 'ai-cloud-partner-2026', offer: 'partner-launch' },
      'no-cloud-benefit',
      ['no-cloud-benefit'],
    ],
    [
      'seed: gold has cloud support',
      { ruleset: 'mpn-2021', offer: 'gold' },
      'unknown',
      ['already-linked', 'expired-or-exhausted'],
    ],
    ['seed: nothing known, most likely first', {}, 'unknown', ['already-linked', 'expired-or-exhausted']],
    [
      'seed: linked before, state unknown',
      { linkedBefore: true },
      'unknown',
      ['already-linked', 'expired-or-exhausted'],
    ],
    [
      'seed: active but never linked here',
      { linkedBefore: false, contractState: 'active' },
      'unknown',
      ['already-linked', 'expired-or-exhausted'],
    ],
  ] as Array<[string, DiagnosisContext, string, string[]]>)('%s', (_source, context, primary, scenarios) => {
    const d = diagnose(A, context);
    expect(d.primary).toBe(primary);
    expect(d.scenarios).toEqual(scenarios);
    expect(d.guidanceKey).toBe(`scenario:${primary}`);
    expect(d.message).toBe(A);
    expect(d.ignorable).toBe(true);
  });

  it('works without a context', () => {
    expect(diagnose(A).primary).toBe('unknown');
    expect(diagnose(A, null).primary).toBe('unknown');
  });
});

describe('diagnose(other messages)', () => {
  it('points at the message guidance, with no scenarios', () => {
    expect(diagnose('no-benefits-yet', { linkedBefore: true })).toEqual({
      message: 'no-benefits-yet',
      scenarios: [],
      primary: 'unknown',
      guidanceKey: 'no-benefits-yet',
      ignorable: false,
    });
  });

  it('does not call an on-premises contract "no cloud benefit" where on-premises contracts are linked (Engage Center)', () => {
    const onPrem = {
      benefit: 'on-premises' as const,
      offer: 'solutions-partner' as const,
      contractState: 'active' as const,
    };
    expect(diagnose('access-id-already-associated', onPrem).primary).toBe('no-cloud-benefit');
    expect(diagnose('access-id-already-associated', { ...onPrem, portal: 'azure' }).primary).toBe(
      'no-cloud-benefit',
    );
    expect(diagnose('access-id-already-associated', { ...onPrem, portal: 'engagecenter' }).primary).toBe(
      'unknown',
    );
    expect(
      diagnose('access-id-already-associated', { ...onPrem, portal: 'engagecenter', linkedBefore: true })
        .primary,
    ).toBe('already-linked');
  });
});
