import type { CompetencyDefinition, Ruleset } from '../types.js';
import { fact, from, incidents } from './provenance.js';

const table = from('seed', 'entitlement table');
const cloudList = from('seed', 'cloud competency list');

/** The seed's cloud competencies: a gold or silver partner holding one gets unlimited cloud incidents. */
export const MPN_2021_COMPETENCIES: CompetencyDefinition[] = [
  { id: 'security', name: 'Security', category: 'cloud', provenance: cloudList },
  {
    id: 'cloud-business-applications',
    name: 'Cloud Business Applications',
    category: 'cloud',
    provenance: cloudList,
  },
  { id: 'cloud-platform', name: 'Cloud Platform', category: 'cloud', provenance: cloudList },
  { id: 'cloud-productivity', name: 'Cloud Productivity', category: 'cloud', provenance: cloudList },
  {
    id: 'enterprise-mobility-management',
    name: 'Enterprise Mobility Management',
    category: 'cloud',
    provenance: cloudList,
  },
  {
    id: 'small-and-midmarket-cloud-solutions',
    name: 'Small and Midmarket Cloud Solutions',
    category: 'cloud',
    provenance: cloudList,
  },
];

export const mpn2021: Ruleset = {
  id: 'mpn-2021',
  name: 'Microsoft Partner Network (2021)',
  validFrom: '2021-01-01',
  validUntil: '2022-10-03',
  provenance: from('seed', 'article dated 2021-03-04'),
  competencies: MPN_2021_COMPETENCIES,
  offers: {
    'action-pack': {
      id: 'action-pack',
      name: 'Action Pack',
      provenance: table,
      allotments: {
        'on-premises': { kind: 'flat', fact: incidents(10, table) },
        // The seed leaves the cell empty and says twice that Action Pack has no cloud support.
        cloud: { kind: 'flat', fact: incidents(0, from('seed', 'Azure portal error: Action Pack note')) },
      },
    },
    silver: {
      id: 'silver',
      name: 'Silver competency',
      provenance: table,
      allotments: {
        'on-premises': { kind: 'flat', fact: incidents(15, table) },
        cloud: {
          kind: 'by-competency',
          byCompetency: { cloud: incidents('unlimited', table), other: incidents(5, table) },
        },
      },
    },
    gold: {
      id: 'gold',
      name: 'Gold competency',
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
      name: 'Microsoft Product Support',
      formerNames: [],
      provenance: from('seed', 'on-premises support'),
      portals: [
        fact('serviceshub', from('seed', 'on-premises support: Support for business')),
        fact('partner-center', from('seed', 'view and activate')),
      ],
    },
    cloud: {
      id: 'cloud',
      name: 'Signature Cloud Support',
      formerNames: [],
      provenance: from('seed', 'Signature Cloud Support'),
      portals: [
        fact('azure', from('seed', 'Azure portal: Link support benefits')),
        fact('lcs', from('seed', 'how many incidents remain: cloud portals')),
        fact('partner-center', from('seed', 'CSP: Service management, New request')),
      ],
    },
  },
  notes: [
    fact(
      'Activation needs the Global admin or MPN partner admin role.',
      from('seed', 'view and activate: step 3'),
    ),
    fact(
      'The Access ID and Contract ID are needed once per user account; the link lasts until the contract expires or has no incidents left.',
      from('seed', 'view and activate: step 4'),
    ),
    fact(
      'Only the Services Hub on-premises flow (step 2) shows start date, end date and remaining incidents.',
      from('seed', 'how many incidents remain'),
    ),
    fact(
      'The Azure portal error "This access ID is already associated with an account" is wrong for partner benefits and should be ignored.',
      from('seed', 'Azure portal error'),
    ),
    fact(
      'CSP partners may use the "Cloud Solution Provider" support plan without a contract (Admin agent role).',
      from('seed', 'Signature Cloud Support: CSP'),
    ),
  ],
};
