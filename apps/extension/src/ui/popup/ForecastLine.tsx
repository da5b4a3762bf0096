import {
  forecast,
  forecastBasisWording,
  forecastShown,
  forecastTone,
  forecastWording,
} from '@supportlink/rules';
import { getLocale } from '../../i18n';
import type { ContractView } from '../../messaging/protocol';
import './forecast-line.css';

/**
 * One line under the count: the rules' forecast for this contract from its ledger ("Runs out around
 * 12 March" / "14 unused at expiry"), with how sure it is when that is less than a steady pace.
 * Computed here from the contract's own events, in local and sync mode alike.
 */
export function ForecastLine({ contract: c, now }: { contract: ContractView; now: number }) {
  if (!forecastShown(c.state)) return null;
  const f = forecast(c, c.events, now);
  if (f.kind === 'invalid') return null;
  const locale = getLocale();
  const basis = f.confidence === 'high' ? null : forecastBasisWording(f, locale);
  return (
    <p class={`meta forecast-line ${forecastTone(f, c.state.daysToExpiry)}`} data-testid="forecast">
      <span class="forecast-text">{forecastWording(f, locale, now)}</span>
      {basis && <span class="forecast-basis"> · {basis}</span>}
    </p>
  );
}
