/** Every in-page feature, in the order they start. One file each; see the feature's header. */
import { alreadyAssociated } from './already-associated';
import { azureLinkFill } from './azure-link-fill';
import { azureSupportPlansHelp } from './azure-support-plans-help';
import { m365AdminNote } from './m365-admin-note';
import { partnerCenterCapture } from './partner-center-capture';
import { partnerCenterExplain } from './partner-center-explain';
import { powerPlatformLcsFill } from './power-platform-lcs-fill';
import { servicesHub } from './serviceshub';
import type { Feature } from './types';

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
