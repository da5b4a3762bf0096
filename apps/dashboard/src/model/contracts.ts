/** The rows of "contracts at a glance": everything decided by @supportlink/rules, only arranged here. */
import {
  byUrgency,
  forecastBasisWording,
  forecastShown,
  forecastTone,
  forecastWording,
  remainingWording,
  stateWording,
  type Tone,
  type UiLocale,
} from '@supportlink/rules';
import type { SummaryItem } from '../api/types';
import { type MessageKey, t } from '../i18n';

export interface ContractRow {
  id: string;
  name: string;
  benefit: string;
  remaining: string;
  /** 0–1 of the allotment still left; null when unlimited or unknown. */
  share: number | null;
  state: { label: string; tone: Tone };
  endDate: string;
  daysToExpiry: number;
  /** False when no forecast belongs here (the rules' forecastShown: Action Pack cloud, invalid row). */
  forecastApplies: boolean;
  /** The forecast line; null when it does not apply or the server sent none. */
  forecast: string | null;
  forecastBasis: string | null;
  forecastTone: Tone;
}

export function contractName(c: Pick<SummaryItem, 'label' | 'offer' | 'benefit'>): string {
  return (
    c.label?.trim() || `${t(`offer.${c.offer}` as MessageKey)} · ${t(`benefit.${c.benefit}` as MessageKey)}`
  );
}

export function contractRows(items: readonly SummaryItem[], locale: UiLocale, now: number): ContractRow[] {
  return byUrgency(items, now).map((c) => {
    const applies = forecastShown(c);
    const f = applies ? (c.forecast ?? null) : null;
    return {
      id: c.id,
      name: contractName(c),
      benefit: t(`benefit.${c.benefit}` as MessageKey),
      remaining: remainingWording(c.remaining, c.allotment, locale),
      share:
        typeof c.remaining === 'number' && typeof c.allotment === 'number' && c.allotment > 0
          ? Math.min(1, c.remaining / c.allotment)
          : null,
      state: stateWording(c, locale),
      endDate: c.endDate,
      daysToExpiry: c.daysToExpiry,
      forecastApplies: applies,
      forecast: f ? forecastWording(f, locale, now) : null,
      forecastBasis: f ? forecastBasisWording(f, locale) : null,
      forecastTone: f ? forecastTone(f, c.daysToExpiry) : 'ok',
    };
  });
}
