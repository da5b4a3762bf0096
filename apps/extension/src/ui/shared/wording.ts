/**
 * The words for what the rules decided: card notices, the incidents-left count, the last
 * portal sighting, and a server refusal. Everything is worded at render time, so a language
 * switch changes every visible string at once.
 */
import {
  type Allotment,
  type ContractNotice,
  type ContractState,
  contractFieldName,
  contractNotices,
  contractProblemText,
  isCalendarDate,
} from '@supportlink/rules';
import { getLocale, type MessageKey, type Params, t } from '../../i18n';
import type { ContractView } from '../../messaging/protocol';
import type { Refusal } from '../../storage/types';
import { benefitName, offerName, relativeTime } from './format';

/** `<base>.one` for 1, `<base>.other` otherwise; `{count}` is filled in. */
export function plural(base: string, count: number, params: Params = {}): string {
  return t(`${base}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count, ...params });
}

export type Tone = 'bad' | 'warn' | 'ok' | 'info';

export interface Badge {
  kind: ContractNotice['kind'] | 'active';
  text: string;
  tone: Tone;
}

/** The badges of a card, most important first; an active contract with nothing to say is "Active". */
export function cardBadges(c: ContractView, now: number): Badge[] {
  const badges = contractNotices(c, c.state, now).map((n) => badgeOf(n, c));
  if (c.state.state === 'active' && !badges.some((b) => b.tone === 'bad' || b.kind === 'not-included'))
    badges.unshift({ kind: 'active', text: t('notice.active'), tone: 'ok' });
  return badges;
}

function badgeOf(n: ContractNotice, c: ContractView): Badge {
  switch (n.kind) {
    case 'invalid':
      return { kind: n.kind, text: t('notice.invalid'), tone: 'bad' };
    case 'not-started':
      return {
        kind: n.kind,
        text: n.days === 1 ? t('notice.startsTomorrow') : t('notice.startsIn', { days: n.days }),
        tone: 'warn',
      };
    case 'expired':
      return { kind: n.kind, text: t('notice.expired'), tone: 'bad' };
    case 'not-included':
      return { kind: n.kind, text: t('notice.notIncluded', { offer: offerName(c.offer) }), tone: 'info' };
    case 'used-up':
      return { kind: n.kind, text: t('notice.usedUp'), tone: 'bad' };
    case 'expiring':
      return { kind: n.kind, text: expiresText(n.days), tone: n.urgent ? 'bad' : 'warn' };
    case 'hidden-in-azure':
      return { kind: n.kind, text: t('notice.hiddenInAzure'), tone: 'warn' };
    case 'figure-unverified':
      return { kind: n.kind, text: t('notice.figureUnverified'), tone: 'warn' };
  }
}

function expiresText(days: number): string {
  if (days === 0) return t('notice.expiresToday');
  if (days === 1) return t('notice.expiresTomorrow');
  return t('notice.expiresIn', { days });
}

export function isNotIncluded(state: ContractState): boolean {
  return state.reasons.includes('no-allotment-for-benefit');
}

/** Why a stored contract cannot be counted, in the UI language ("End date: This day does not exist…"). */
export function invalidText(state: ContractState): string | null {
  if (state.state !== 'invalid') return null;
  const locale = getLocale();
  return state.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${contractFieldName(p.field, locale)}: ${contractProblemText(p, locale)}`)
    .join(' ');
}

/** "12 incidents left", "Unlimited incidents". */
export function incidentsLeft(remaining: Allotment): string {
  return remaining === 'unlimited' ? t('contracts.leftUnlimited') : plural('contracts.left', remaining);
}

/** A calendar date (`YYYY-MM-DD`) in the UI language through Intl, e.g. "31 Dec 2026" in English. */
export function calendarDate(iso: string): string {
  // The rules' calendar rule: Date.parse would show 2026-02-30 as 2 March.
  if (!isCalendarDate(iso)) return iso;
  const at = Date.parse(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

function instantDate(at: number): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' }).format(at);
}

/** When a portal last showed this contract's count, or that none has yet. */
export function seenText(state: ContractState, now: number): string {
  if (state.observedAt === null) return t('popup.notSeen');
  return t('popup.lastSeen', {
    date: instantDate(state.observedAt),
    time: relativeTime(state.observedAt, now),
  });
}

const FIELD_LABELS: Record<string, MessageKey> = {
  accessId: 'form.accessId',
  contractId: 'form.contractId',
  benefit: 'form.benefit',
  offer: 'form.offer',
  startDate: 'form.startDate',
  endDate: 'form.endDate',
  label: 'form.label',
  ruleset: 'form.ruleset',
  competency: 'form.competency',
  allotmentOverride: 'refusal.field.allotmentOverride',
};

/** A contract the server found invalid is fixed by editing it; one refused for the role is not. */
export function fixableByEdit(r: { kind: string; status: number }): boolean {
  return (
    (r.kind === 'contract:create' || r.kind === 'contract:update') && (r.status === 400 || r.status === 422)
  );
}

/** The server's reason in the UI language; its own (English) words only when nothing fits. */
export function refusalText(r: Pick<Refusal, 'status' | 'code' | 'detail' | 'fields'>): string {
  if (r.code === 'nothing-to-refund') return t('refusal.nothingToRefund');
  if (r.status === 403) return t('refusal.forbidden');
  if (r.status === 404) return t('refusal.notFound');
  if (r.status === 413) return t('refusal.tooLarge');
  if (r.status === 400 || r.status === 422) {
    const known = r.fields.map((f) => FIELD_LABELS[f.split('.')[0] ?? f]).filter((k) => k !== undefined);
    if (known.length)
      return t('refusal.invalid', { fields: [...new Set(known)].map((k) => t(k)).join(', ') });
    return t('refusal.invalidDetail', { detail: r.detail });
  }
  return t('refusal.other', { status: r.status, detail: r.detail });
}

export { benefitName, offerName };
