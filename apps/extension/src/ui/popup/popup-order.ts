import { byUrgency, forecast } from '@supportlink/rules';
import type { ContractView } from '../../messaging/protocol';

/**
 * The cards in the rules' urgency order (the dashboard's order too), each with the forecast of
 * its own ledger; a contract with a change the server refused comes first, as the user must act.
 */
export function popupOrder(list: readonly ContractView[], now: number): ContractView[] {
  const facts = list.map((c) => ({
    contract: c,
    state: c.state.state,
    daysToExpiry: c.state.daysToExpiry,
    remaining: c.state.remaining,
    forecast: forecast(c, c.events, now),
    needsAction: Boolean(c.sync?.refusal),
  }));
  return byUrgency(facts, now).map((f) => f.contract);
}
