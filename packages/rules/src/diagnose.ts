import { allotment } from './allotment.js';
import { MESSAGE_INFO } from './messages/catalog.js';
import { benefitForPortal } from './pages.js';
import type { Diagnosis, DiagnosisContext, MessageId, ScenarioId } from './types.js';

type Scenario = Exclude<ScenarioId, 'unknown'>;

function hasNoCloudBenefit(context: DiagnosisContext): boolean {
  // Only a portal that links cloud contracts (the Azure portal) needs a cloud benefit.
  if (benefitForPortal(context.portal ?? 'azure') !== 'cloud') return false;
  if (context.offer === 'action-pack' || context.benefit === 'on-premises') return true;
  if (context.offer && context.ruleset) {
    return (
      allotment({ ruleset: context.ruleset, offer: context.offer, benefit: 'cloud', competency: 'cloud' }) ===
      0
    );
  }
  return false;
}

/** The seed's scenarios for the "already associated" error, most likely first. */
function scenariosForAlreadyAssociated(context: DiagnosisContext): {
  primary: ScenarioId;
  scenarios: Scenario[];
} {
  // Action Pack (or any offer without cloud incidents) never gets a cloud plan: not this error's usual causes.
  if (hasNoCloudBenefit(context)) return { primary: 'no-cloud-benefit', scenarios: ['no-cloud-benefit'] };
  const state = context.contractState ?? null;
  if (state === 'expired' || state === 'exhausted') {
    return { primary: 'expired-or-exhausted', scenarios: ['expired-or-exhausted'] };
  }
  if (context.linkedBefore === true && state === 'active') {
    return { primary: 'already-linked', scenarios: ['already-linked'] };
  }
  return { primary: 'unknown', scenarios: ['already-linked', 'expired-or-exhausted'] };
}

/**
 * Explains a message from what is known about the contract and the account. Messages
 * other than "already associated" have one meaning: their own guidance, no scenarios.
 */
export function diagnose(message: MessageId, context?: DiagnosisContext | null): Diagnosis {
  const { ignorable } = MESSAGE_INFO[message];
  if (message !== 'access-id-already-associated') {
    return { message, scenarios: [], primary: 'unknown', guidanceKey: message, ignorable };
  }
  const { primary, scenarios } = scenariosForAlreadyAssociated(context ?? {});
  return { message, scenarios, primary, guidanceKey: `scenario:${primary}`, ignorable };
}
