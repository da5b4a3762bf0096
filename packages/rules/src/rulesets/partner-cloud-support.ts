import type { BenefitDefinition } from '../types.js';
import { fact, from } from './provenance.js';

/** The cloud benefit as named since the 2025-06-23 renames; the same in every programme ruleset. */
export const partnerCloudSupport: BenefitDefinition = {
  id: 'cloud',
  name: 'Partner Cloud Support',
  formerNames: ['Signature Cloud Support'],
  provenance: from('L25', 'renames 2025-06-23'),
  portals: [
    fact('azure', from('AZ25', 'create a support request')),
    fact('power-platform', from('PP26', 'get help and support')),
    fact('lcs', from('LCS', 'support plans')),
    fact('partner-center', from('L25', 'benefits page')),
  ],
};
