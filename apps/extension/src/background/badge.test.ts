import { describe, expect, it } from 'vitest';
import type { ContractView } from '../messaging/protocol';
import { BADGE_AMBER, BADGE_NEUTRAL, BADGE_RED, badgeFor } from './badge';

function view(remaining: number | 'unlimited', usable = true, daysToExpiry = 200): ContractView {
  return {
    state: { remaining, usable, daysToExpiry },
  } as ContractView;
}

describe('toolbar badge', () => {
  it('is empty when no contract is usable', () => {
    expect(badgeFor([])).toEqual({ text: '', color: null });
    expect(badgeFor([view(0, false)])).toEqual({ text: '', color: null });
  });

  it('shows the lowest remaining count among usable contracts', () => {
    expect(badgeFor([view(9), view(5), view(1, false), view('unlimited')])).toEqual({
      text: '5',
      color: BADGE_NEUTRAL,
    });
  });

  it('is red at 2 or fewer, amber when a usable contract ends within 30 days', () => {
    expect(badgeFor([view(2)]).color).toBe(BADGE_RED);
    expect(badgeFor([view(9, true, 30)]).color).toBe(BADGE_AMBER);
    expect(badgeFor([view(9, true, 31)]).color).toBe(BADGE_NEUTRAL);
  });

  it('shows ∞ when every usable contract is unlimited', () => {
    expect(badgeFor([view('unlimited')])).toEqual({ text: '∞', color: BADGE_NEUTRAL });
  });
});
