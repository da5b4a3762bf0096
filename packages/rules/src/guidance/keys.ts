import type { Guidance, GuidanceKey } from '../types.js';

/** Every key with guidance; each shipped locale must cover all of them. */
export const GUIDANCE_KEYS = [
  'access-id-already-associated',
  'not-authorized-csp-only',
  'no-benefits-yet',
  'activation-role-missing',
  'plan-not-for-product',
  'plan-expired-or-exhausted',
  'pay-per-incident-needs-msa',
  'scenario:already-linked',
  'scenario:expired-or-exhausted',
  'scenario:no-cloud-benefit',
  'scenario:unknown',
  'page:partner-center-technical-benefits',
  'page:partner-center-csp-customers',
  'page:azure-help-support',
  'page:azure-support-plans',
  'page:serviceshub-support-for-business',
  'page:engagecenter-help-support',
  'page:power-platform-support',
  'page:lcs-support-plans',
  'page:m365-admin-support',
] as const satisfies readonly GuidanceKey[];

export type ShippedGuidanceKey = (typeof GUIDANCE_KEYS)[number];
export type GuidanceText = Omit<Guidance, 'key' | 'locale'>;
export type GuidanceTable = Readonly<Record<ShippedGuidanceKey, GuidanceText>>;
