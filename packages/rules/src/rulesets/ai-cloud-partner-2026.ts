import type { Ruleset } from '../types.js';
import { partnerCloudSupport } from './partner-cloud-support.js';
import { fact, flatOffer, from } from './provenance.js';

// Every allotment here rests on a third-party dossier [D26]: marked unverified.
const table = from('D26', 'allotments as of 2026', 'unverified');

export const aiCloudPartner2026: Ruleset = {
  id: 'ai-cloud-partner-2026',
  name: 'Microsoft AI Cloud Partner Program (2026)',
  validFrom: '2026-01-01',
  validUntil: null,
  provenance: table,
  competencies: [],
  offers: {
    'solutions-partner': flatOffer('solutions-partner', 'Solutions Partner designation', table, {
      'on-premises': 20,
      cloud: 50,
    }),
    'partner-success-expanded': flatOffer('partner-success-expanded', 'Partner Success Expanded', table, {
      'on-premises': 0,
      cloud: 5,
    }),
    'partner-success-core': flatOffer('partner-success-core', 'Partner Success Core', table, {
      'on-premises': 0,
      cloud: 2,
    }),
    'partner-launch': flatOffer('partner-launch', 'Partner Launch', table, { 'on-premises': 0, cloud: 0 }),
  },
  benefits: {
    'on-premises': {
      id: 'on-premises',
      name: 'Partner On-premises Support',
      formerNames: ['Microsoft Product Support'],
      provenance: from('L25', 'renames 2025-06-23'),
      portals: [
        fact('serviceshub', from('SH25', 'partner incidents remaining')),
        fact('engagecenter', from('D26', 'Engage Center: Add contract ID', 'unverified')),
        fact('partner-center', from('L25', 'benefits page')),
      ],
    },
    cloud: partnerCloudSupport,
  },
  notes: [
    fact('Offers stack, but not two of the same offer.', table),
    fact('Only the Solutions Partner offer includes on-premises support.', table),
    fact('The pair is needed once per user per year per offer.', from('D26', 'linking', 'unverified')),
    fact('A link made in one portal carries to the others.', from('D26', 'linking', 'unverified')),
    fact(
      'Unlock within 13 months of membership start, use within 12 months of unlock.',
      from('D26', 'validity', 'unverified'),
    ),
    fact(
      'Cases closed as duplicate or bug, and billing/quota/subscription cases, are refunded at closure.',
      from('D26', 'refunds', 'unverified'),
    ),
    fact(
      'An incident is deducted when a case is created; the count updates when a case opens or closes.',
      from('SH25', 'partner incidents remaining'),
    ),
    fact(
      'Since July 2024 the Azure portal needs the contract linked by hand (Help + support → Support plans → Link support benefits); other portals add it inside the request flow.',
      {
        ...from('PR24', 'azure-docs pull request 119384 (2024-01-31, merged)'),
        url: 'https://github.com/MicrosoftDocs/azure-docs/pull/119384',
      },
    ),
    fact(
      'Power Platform admin center: Support plans → Add a new plan → Access ID + Password (the contract ID) → Save; a new plan may take up to an hour to appear.',
      {
        ...from('PP26', 'get help and support'),
        url: 'https://learn.microsoft.com/power-platform/admin/get-help-support',
      },
    ),
  ],
};
