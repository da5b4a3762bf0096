import type { Ruleset } from '../types.js';
import { MPN_2021_COMPETENCIES } from './mpn-2021.js';
import { partnerCloudSupport } from './partner-cloud-support.js';
import { fact, flatOffer, from, incidents } from './provenance.js';

const table = from('S23', 'allotments as of 2023-10');

export const aiCloudPartner2023: Ruleset = {
  id: 'ai-cloud-partner-2023',
  name: 'Microsoft AI Cloud Partner Program (2023)',
  validFrom: '2022-10-03',
  validUntil: '2026-01-01',
  provenance: from('S23', 'timeline'),
  // Legacy gold/silver packs keep the competency split of the old programme.
  competencies: MPN_2021_COMPETENCIES.map((c) => ({ ...c, provenance: from('S23', 'legacy packs') })),
  offers: {
    'action-pack': flatOffer('action-pack', 'Action Pack', table, { 'on-premises': 10, cloud: 0 }),
    'solutions-partner': flatOffer('solutions-partner', 'Solutions Partner designation', table, {
      'on-premises': 20,
      cloud: 'unlimited',
    }),
    'legacy-silver': {
      id: 'legacy-silver',
      name: 'Legacy silver benefits pack',
      provenance: table,
      allotments: {
        'on-premises': { kind: 'flat', fact: incidents(15, table) },
        cloud: {
          kind: 'by-competency',
          byCompetency: { cloud: incidents('unlimited', table), other: incidents(5, table) },
        },
      },
    },
    'legacy-gold': {
      id: 'legacy-gold',
      name: 'Legacy gold benefits pack',
      provenance: table,
      allotments: {
        'on-premises': { kind: 'flat', fact: incidents(20, table) },
        cloud: {
          kind: 'by-competency',
          byCompetency: { cloud: incidents('unlimited', table), other: incidents(10, table) },
        },
      },
    },
  },
  benefits: {
    'on-premises': {
      id: 'on-premises',
      name: 'Partner On-premises Support',
      formerNames: ['Microsoft Product Support'],
      provenance: from('L25', 'renames 2025-06-23'),
      portals: [
        fact('serviceshub', from('SH25', 'partner incidents remaining')),
        fact('partner-center', from('L25', 'benefits page')),
      ],
    },
    cloud: partnerCloudSupport,
  },
  notes: [
    fact(
      '2022-09-30: gold and silver competencies retired; legacy packs valid 12 months.',
      from('S23', 'timeline'),
    ),
    fact('Activation needs the Global admin or programme Partner admin role.', from('S23', 'activation')),
    fact(
      'One Access ID / Contract ID pair per contract, shared by all users.',
      from('KB', 'Access ID and Contract ID'),
    ),
    fact('A contract lasts one year.', from('KB', 'validity')),
    fact(
      'Since 2025-06-23 Partner Center shows the remaining count and the activate-by date.',
      from('L25', 'benefits page'),
    ),
    fact(
      'On-premises scope: current (N) and previous (N-1) versions in mainstream support.',
      from('S23', 'scope'),
    ),
  ],
};
