/**
 * Every in-page feature, grouped by the content script that carries it (one per portal
 * family keeps each bundle within its size budget). One file per feature; see its header.
 */
import { sitePatterns } from '@supportlink/rules';
import { PORTAL_MATCHES } from '../hosts';
import { alreadyAssociated } from './already-associated';
import { azureLinkFill } from './azure-link-fill';
import { azureSupportPlansHelp } from './azure-support-plans-help';
import { m365AdminNote } from './m365-admin-note';
import { partnerCenterCapture } from './partner-center-capture';
import { partnerCenterExplain } from './partner-center-explain';
import { powerPlatformLcsFill } from './power-platform-lcs-fill';
import { servicesHub } from './serviceshub';
import type { Feature } from './types';

/** Azure portal and its reactblade frames (Engage Center's React views use the same frames). */
export const AZURE_FEATURES: readonly Feature[] = [azureLinkFill, alreadyAssociated, azureSupportPlansHelp];
export const AZURE_MATCHES = sitePatterns(['azure']);

export const PARTNER_CENTER_FEATURES: readonly Feature[] = [partnerCenterCapture, partnerCenterExplain];
export const PARTNER_CENTER_MATCHES = sitePatterns(['partner-center']);

/** Services Hub, Engage Center, Power Platform admin center, LCS, Microsoft 365 admin center. */
export const SUPPORT_PORTAL_FEATURES: readonly Feature[] = [servicesHub, powerPlatformLcsFill, m365AdminNote];
export const SUPPORT_PORTAL_MATCHES = PORTAL_MATCHES.filter(
  (m) => !AZURE_MATCHES.includes(m) && !PARTNER_CENTER_MATCHES.includes(m),
);

/** All of them (for tests and docs); listed, not spread, so each bundle keeps only its own. */
export const FEATURES: readonly Feature[] = [
  partnerCenterCapture,
  partnerCenterExplain,
  azureLinkFill,
  alreadyAssociated,
  azureSupportPlansHelp,
  servicesHub,
  powerPlatformLcsFill,
  m365AdminNote,
];
