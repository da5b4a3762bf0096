/**
 * A saved contract as in-page panels show it: its count (or that the offer has none for this
 * benefit), its end date and what its state means — worded from the notices the rules decided
 * in the background (`ContractView.notices`), never re-decided here.
 */
import type { ContractNotice } from '@supportlink/rules';
import type { ContractView } from '../../messaging/protocol';
import type { Tr } from './components';

export function remainingText(remaining: ContractView['state']['remaining'], tr: Tr): string {
  return remaining === 'unlimited' ? tr('content.unlimited') : tr('content.remaining', { count: remaining });
}

/** Made once per language: a formatter costs far more to make than to use. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) in the UI language, e.g. "14 Dec 2026" in English. */
export function dateWords(iso: string, tr: Tr): string {
  const at = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(at)) return iso;
  const locale = tr('content.dateLocale');
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(at);
}

/** A contract as users recognise it: their label, or offer · benefit · end date. Never the IDs. */
export function contractName(contract: ContractView, tr: Tr): string {
  if (contract.label) return contract.label;
  return `${tr(`content.offer.${contract.offer}`)} · ${tr(`content.benefit.${contract.benefit}`)} · ${tr(
    'content.endsOn',
    { date: dateWords(contract.endDate, tr) },
  )}`;
}

/** One notice in words; `figure-unverified` is left to the popup (a panel line has no room). */
export function noticeWords(n: ContractNotice, c: ContractView, tr: Tr): string | null {
  switch (n.kind) {
    case 'invalid':
      return tr('content.state.invalid');
    case 'not-started':
      return n.days === 1
        ? tr('content.notice.startsTomorrow')
        : tr('content.notice.startsIn', { days: n.days });
    case 'expired':
      return tr('content.state.expired');
    case 'not-included':
      return null; // said in place of the count
    case 'used-up':
      return tr('content.state.exhausted');
    case 'expiring':
      if (n.days === 0) return tr('content.notice.lastDay');
      return n.days === 1
        ? tr('content.notice.expiresTomorrow')
        : tr('content.notice.expiresIn', { days: n.days });
    case 'hidden-in-azure':
      return tr('content.notice.hiddenInAzure'); // the rules give it for cloud contracts only
    default:
      return null;
  }
}

function notIncluded(c: ContractView): boolean {
  return (c.notices ?? []).some((n) => n.kind === 'not-included');
}

/** "12 left" / "Not included in Action Pack" / nothing for a contract that needs correcting. */
export function countWords(c: ContractView, tr: Tr): string | null {
  if (c.state.state === 'invalid') return null;
  if (notIncluded(c)) return tr('content.notice.notIncluded', { offer: tr(`content.offer.${c.offer}`) });
  return remainingText(c.state.remaining, tr);
}

/** The notices worth a word, most important first. */
export function stateWords(c: ContractView, tr: Tr): string[] {
  return (c.notices ?? []).map((n) => noticeWords(n, c, tr)).filter((w): w is string => w !== null);
}

/** Name — count · ends date (state words). */
export function ContractFacts({ contract: c, tr }: { contract: ContractView; tr: Tr }) {
  const count = countWords(c, tr);
  const words = stateWords(c, tr);
  const tone = words.length ? 'note' : 'muted';
  return (
    <>
      <span>{contractName(c, tr)}</span>
      {count && (
        <>
          {' — '}
          <span class="count">{count}</span>
        </>
      )}
      {c.label && <span class="muted"> · {tr('content.endsOn', { date: dateWords(c.endDate, tr) })}</span>}
      {words.length > 0 && (
        <span class={tone}>{tr('content.aside', { text: words.join(tr('content.listSep')) })}</span>
      )}
    </>
  );
}
