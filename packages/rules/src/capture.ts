/**
 * Partner Center capture: from what the technical benefits page shows (plain text, no DOM) to a
 * proposed contract and its problems. What the page says is read through the vocabularies;
 * what it does not say is left to the user (benefit, offer) or, for a missing start date,
 * estimated from the end date with the contract term and marked so. Nothing is taken from
 * "today".
 */
import { allotment, competencyMatters } from './allotment.js';
import { estimateStartDate } from './contract-term.js';
import { OFFER_IDS } from './ids.js';
import { parseLocaleCount, parseLocaleDate } from './locale-parse.js';
import { rulesetFor, rulesets } from './rulesets/index.js';
import type { Allotment, Benefit, CompetencyCategory, ContractProblem, OfferId } from './types.js';
import { type CalendarDate, parseCalendarDate } from './utc-date.js';
import { type ValidContract, validateContract } from './validate-contract.js';
import { benefitInText, benefitNamedIn } from './vocab/benefit-words.js';
import { vocabFold } from './vocab/match.js';
import { offerInText } from './vocab/offer-names.js';
import { type PackMatch, packInText } from './vocab/pack-names.js';
import { partnerCenterLabel } from './vocab/partner-center-labels.js';

/** What the page shows about one Access ID / Contract ID pair, as plain text. */
export interface CaptureSnapshot {
  accessId: string;
  contractId: string;
  /** "Label: value" pairs shown in the benefit's block besides the IDs, as the page writes them. */
  fields: ReadonlyArray<{ label: string; value: string }>;
  /** Visible text of the benefit's block (its card or section). */
  sectionText: string;
  /** Visible text of the whole page: a heading may name the benefit for every block. */
  pageText?: string;
  /** The page's language (`<html lang>`): numeric dates are read in its order. */
  locale?: string | null;
}

/** What the user chose or typed in the capture card; each one wins over the page. */
export interface CaptureChoices {
  benefit?: Benefit | null;
  offer?: OfferId | null;
  /** Omitted: not chosen yet. `null`: "not sure" — the smaller figure is counted (as in the Options form). */
  competency?: CompetencyCategory | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** The contract SupportLink already holds for the same pair, as the user last confirmed it. */
export interface SavedFacts {
  benefit: Benefit;
  offer: OfferId;
  startDate: string;
  endDate: string;
  startDateEstimated?: boolean | null;
  competency?: CompetencyCategory | null;
  /** Its remaining count now, or null when unknown. */
  remaining: Allotment | null;
}

/**
 * Where a proposed value comes from: `page` — read from the page; `pack` — from the pack
 * name; `estimated` — worked out with the contract term; `choice` — the user; `saved` —
 * the contract SupportLink holds.
 */
export type CaptureOrigin = 'page' | 'pack' | 'estimated' | 'choice' | 'saved';

export interface Proposed<T> {
  value: T | null;
  origin: CaptureOrigin | null;
}

export interface CaptureProposal {
  accessId: string;
  contractId: string;
  benefit: Proposed<Benefit>;
  offer: Proposed<OfferId>;
  /** The offers the user may pick: those the pack name allows, else every offer. */
  offerOptions: OfferId[];
  startDate: Proposed<CalendarDate>;
  endDate: Proposed<CalendarDate>;
  /**
   * The competency, when it changes the allotment (`competencyNeeded`); the page never settles
   * it, so the user chooses (a `null` choice means "not sure": the smaller figure).
   */
  competency: Proposed<CompetencyCategory>;
  competencyNeeded: boolean;
  /** The remaining count the page shows (saved as an observation). */
  remaining: Allotment | null;
  activateBy: CalendarDate | null;
  pack: PackMatch | null;
  /** The pack's count when it differs from the programme's figure for the chosen offer. */
  allotmentOverride: number | null;
  /** The contract `validateContract` accepts, or null while something is missing or wrong. */
  contract: ValidContract | null;
  /** Errors stop the save; warnings are shown beside it. */
  problems: ContractProblem[];
  /** Null when SupportLink holds no contract with this pair; else what it holds and what the page shows newer. */
  saved: (Pick<SavedFacts, 'remaining' | 'endDate'> & { newer: Array<'remaining' | 'endDate'> }) | null;
}

interface PageFacts {
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  activateBy: CalendarDate | null;
  remaining: Allotment | null;
  /** A start or end date the page labels but whose value is no real date: reported, never replaced. */
  unreadable: { startDate?: string; endDate?: string };
}

function calendar(text: string | null | undefined): CalendarDate | null {
  const parsed = parseCalendarDate(text);
  return parsed.ok ? parsed.date : null;
}

/** The dates and count among the block's labelled values; the first of each kind wins. */
export function readCaptureFields(snapshot: Pick<CaptureSnapshot, 'fields' | 'locale'>): PageFacts {
  const facts: PageFacts = {
    startDate: null,
    endDate: null,
    activateBy: null,
    remaining: null,
    unreadable: {},
  };
  const date = (value: string, key: 'startDate' | 'endDate') => {
    const read = calendar(parseLocaleDate(value, snapshot.locale));
    if (!read && value.trim()) facts.unreadable[key] ??= value.trim();
    return read;
  };
  for (const { label, value } of snapshot.fields) {
    const kind = partnerCenterLabel(label);
    if (kind === 'remaining') facts.remaining ??= parseLocaleCount(value);
    else if (kind === 'start') facts.startDate ??= date(value, 'startDate');
    else if (kind === 'end') facts.endDate ??= date(value, 'endDate');
    else if (kind === 'activate-by') facts.activateBy ??= calendar(parseLocaleDate(value, snapshot.locale));
  }
  return facts;
}

/** A typed value that is no calendar date: validated as typed, so its problem is shown. */
function typedButInvalid(text: string | null | undefined): string | null {
  return text && !calendar(text) ? text : null;
}

function first<T>(...candidates: Array<[T | null | undefined, CaptureOrigin]>): Proposed<T> {
  for (const [value, origin] of candidates) {
    if (value !== null && value !== undefined) return { value, origin };
  }
  return { value: null, origin: null };
}

/**
 * Offers a pack name allows: its own list, narrowed to the era of the start date when that
 * settles it; for names that only give a count ("Partner Cloud Support 5"), the offers of the
 * start date's programme that grant that many incidents of the pack's benefit.
 */
export function packOffers(pack: PackMatch, startDate: string | null): OfferId[] {
  // With no offer to go by, the start date alone picks the programme era (the newest without one).
  const ruleset = rulesetFor({ offer: '', startDate });
  if (pack.offers.length > 0) {
    const inEra = pack.offers.filter((offer) => Object.hasOwn(rulesets[ruleset].offers, offer));
    return startDate && inEra.length > 0 ? inEra : [...pack.offers];
  }
  return OFFER_IDS.filter(
    (offer) => allotment({ ruleset, offer, benefit: pack.benefit, competency: null }) === pack.incidents,
  );
}

/** The proposed contract for one pair the page shows, with its problems. Pure; never throws. */
export function proposeCapture(
  snapshot: CaptureSnapshot,
  options: { choices?: CaptureChoices | null; saved?: SavedFacts | null } = {},
): CaptureProposal {
  const choices = options.choices ?? {};
  const saved = options.saved ?? null;
  const page = readCaptureFields(snapshot);
  const pack = packInText(snapshot.sectionText);
  const pageText = snapshot.pageText ?? '';

  const endDate = first<CalendarDate>(
    [calendar(choices.endDate), 'choice'],
    [page.endDate, 'page'],
    [calendar(saved?.endDate), 'saved'],
  );
  // A date typed wrong, or shown by the page but unreadable, is reported as it is: never estimated over.
  const rawEnd =
    typedButInvalid(choices.endDate) ?? (endDate.value ? null : (page.unreadable.endDate ?? null));
  const rawStart = calendar(choices.startDate)
    ? null
    : (typedButInvalid(choices.startDate) ?? (page.startDate ? null : (page.unreadable.startDate ?? null)));
  const startDate = first<CalendarDate>(
    [calendar(choices.startDate), 'choice'],
    [page.startDate, 'page'],
    [calendar(saved?.startDate), saved?.startDateEstimated ? 'estimated' : 'saved'],
    [endDate.value && !rawStart ? estimateStartDate(endDate.value).date : null, 'estimated'],
  );
  const benefit = first<Benefit>(
    [choices.benefit, 'choice'],
    [pack?.benefit, 'pack'],
    [benefitInText(snapshot.sectionText) ?? benefitNamedIn(pageText), 'page'],
    [saved?.benefit, 'saved'],
  );

  const offerOptions = pack ? packOffers(pack, startDate.value) : [...OFFER_IDS];
  // An offer the block names outside the pack name wins; the pack name's own "Gold" does not count twice.
  const named = offerInText(
    pack ? vocabFold(snapshot.sectionText).replace(pack.matched, ' ') : snapshot.sectionText,
  );
  const elsewhere = offerInText(pageText);
  const offer = first<OfferId>(
    [choices.offer, 'choice'],
    [named ?? (elsewhere && offerOptions.includes(elsewhere) ? elsewhere : null), 'page'],
    // What the user confirmed before beats a count-based guess from the pack name.
    [saved?.offer, 'saved'],
    [offerOptions.length === 1 ? offerOptions[0] : null, 'pack'],
  );
  if (offer.value && !offerOptions.includes(offer.value)) offerOptions.push(offer.value);

  // A pack name gives the count itself; otherwise the gold/silver cloud rows depend on the competency.
  const competencyNeeded = Boolean(
    !(pack && pack.benefit === benefit.value) &&
      offer.value &&
      benefit.value &&
      competencyMatters({
        ruleset: rulesetFor({ offer: offer.value, startDate: startDate.value }),
        offer: offer.value,
        benefit: benefit.value,
      }),
  );
  const competencyChoice: Proposed<CompetencyCategory> =
    choices.competency !== undefined
      ? { value: choices.competency, origin: 'choice' }
      : saved && saved.competency !== undefined
        ? { value: saved.competency ?? null, origin: 'saved' }
        : { value: null, origin: null };
  const competency = competencyChoice.value;
  let allotmentOverride: number | null = null;
  if (pack && offer.value && benefit.value === pack.benefit) {
    const ruleset = rulesetFor({ offer: offer.value, startDate: startDate.value });
    const figure = allotment({ ruleset, offer: offer.value, benefit: pack.benefit, competency });
    if (figure !== pack.incidents) allotmentOverride = pack.incidents;
  }

  const validation = validateContract({
    accessId: snapshot.accessId,
    contractId: snapshot.contractId,
    benefit: benefit.value,
    offer: offer.value,
    competency,
    startDate: rawStart ?? startDate.value,
    endDate: rawEnd ?? endDate.value,
    startDateEstimated: startDate.origin === 'estimated',
    allotmentOverride,
  });
  // The competency changes the count and nothing on the page says it: the user chooses first.
  const problems =
    competencyNeeded && competencyChoice.origin === null
      ? [{ field: 'competency', code: 'required', severity: 'error' } as const, ...validation.problems]
      : validation.problems;

  return {
    accessId: snapshot.accessId,
    contractId: snapshot.contractId,
    benefit,
    offer,
    offerOptions,
    startDate,
    endDate,
    competency: competencyChoice,
    competencyNeeded,
    remaining: page.remaining,
    activateBy: page.activateBy,
    pack,
    allotmentOverride,
    contract: validation.ok && problems === validation.problems ? validation.value : null,
    problems,
    saved: saved
      ? { remaining: saved.remaining, endDate: saved.endDate, newer: newerOnPage(page, saved) }
      : null,
  };
}

/** What the page shows that differs from the saved contract: a fresher count, a later end date. */
function newerOnPage(page: PageFacts, saved: SavedFacts): Array<'remaining' | 'endDate'> {
  const newer: Array<'remaining' | 'endDate'> = [];
  if (page.remaining !== null && page.remaining !== saved.remaining) newer.push('remaining');
  if (page.endDate !== null && page.endDate !== saved.endDate) newer.push('endDate');
  return newer;
}
