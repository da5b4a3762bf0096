/** One contract's page: state, forecast and chart series, all from @supportlink/rules. */
import {
  forecast,
  forecastBasisWording,
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
  forecast: string;
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
  return {
    remaining: remainingWording(f.state.remaining, f.state.allotment, locale),
    state: stateWording(f.state, locale),
    daysToExpiry: f.state.daysToExpiry,
    forecast: forecastWording(f, locale, now),
    forecastBasis: forecastBasisWording(f, locale),
    forecastTone: forecastTone(f, f.state.daysToExpiry),
    series: chartSeries(contract, events, f.projection, now),
  };
}
