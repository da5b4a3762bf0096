/** One contract's page: state, forecast and chart series, all from @supportlink/rules. */
import {
  forecast,
  forecastBasisWording,
  forecastShown,
  forecastTone,
  forecastWording,
  remainingWording,
  stateWording,
  type UiLocale,
} from '@supportlink/rules';
import type { ContractRecord, LedgerEvent } from '../api/types';
import { type ChartSeries, chartSeries } from './chart';
import { toRulesContract, toRulesEvent } from './ledger';

export interface ContractDetail {
  remaining: string;
  state: ReturnType<typeof stateWording>;
  daysToExpiry: number;
  /** Null when no forecast belongs here (the rules' forecastShown). */
  forecast: string | null;
  forecastBasis: string | null;
  forecastTone: ReturnType<typeof forecastTone>;
  series: ChartSeries;
}

export function contractDetail(
  record: ContractRecord,
  ledger: readonly LedgerEvent[],
  locale: UiLocale,
  now: number,
): ContractDetail {
  const contract = toRulesContract(record);
  const events = ledger.map(toRulesEvent);
  const f = forecast(contract, events, now);
  const applies = forecastShown(f.state);
  return {
    remaining: remainingWording(f.state.remaining, f.state.allotment, locale),
    state: stateWording(f.state, locale),
    daysToExpiry: f.state.daysToExpiry,
    forecast: applies ? forecastWording(f, locale, now) : null,
    forecastBasis: applies ? forecastBasisWording(f, locale) : null,
    forecastTone: forecastTone(f, f.state.daysToExpiry),
    series: chartSeries(contract, events, f.projection, now),
  };
}
