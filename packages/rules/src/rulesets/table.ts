import type { Ruleset, RulesetId } from '../types.js';
import { aiCloudPartner2023 } from './ai-cloud-partner-2023.js';
import { aiCloudPartner2026 } from './ai-cloud-partner-2026.js';
import { mpn2021 } from './mpn-2021.js';

export const rulesets: Readonly<Record<RulesetId, Ruleset>> = {
  'mpn-2021': mpn2021,
  'ai-cloud-partner-2023': aiCloudPartner2023,
  'ai-cloud-partner-2026': aiCloudPartner2026,
};
