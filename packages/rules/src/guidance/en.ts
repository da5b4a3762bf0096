import type { GuidanceTable } from './keys.js';
import { LINKS } from './links.js';

const buyPlanLinks = [
  { label: 'Compare partner support plans', url: LINKS.partnerSupportPlans },
  { label: 'Premier Support for Partners', url: LINKS.premierSupport },
  { label: 'Advanced Support for Partners (cloud only)', url: LINKS.advancedSupport },
];

export const en: GuidanceTable = {
  'access-id-already-associated': {
    title: 'This error is misleading: do not request a new Access ID',
    body: 'Microsoft says this message is wrong for partner support benefits and should be ignored. It appears when the contract is already associated with your account: either you linked it before (one link is enough), or the contract has expired or has no incidents left, so Azure hides it.',
    steps: [
      'Close the "Link support benefits" pane; your technical account manager cannot issue a new Access ID for this.',
      'Open "+ Support request" and create the request as usual. If your partner support plan is offered, you are done.',
      'If no partner plan is offered, the contract has expired or is used up: check its end date and remaining incidents, then buy a new support plan.',
    ],
    links: [
      { label: 'Create a support request', url: LINKS.newSupportRequest },
      { label: 'Check remaining incidents', url: LINKS.incidentsRemaining },
    ],
    unverified: false,
  },
  'not-authorized-csp-only': {
    title: 'This account is tied to CSP only, not to the partner program',
    body: 'Partner Center shows "You are not authorized for this action" (today: "You aren\'t authorized for this action. You must have a program-associated account.") on the technical benefits page when the signed-in account is associated with the Cloud Solution Provider program but not with the partner program (formerly MPN).',
    steps: [
      'Sign out and sign in to Partner Center with an account associated with the partner program.',
      'If nobody has such an account, ask your Partner admin to add the user to the partner program in User management.',
      'To open a cloud request for a CSP customer without a contract, use the CSP route: Customers → the customer → Service management → New request (Admin agent role).',
    ],
    links: [
      { label: 'Partner Center dashboard', url: LINKS.partnerCenterDashboard },
      { label: 'CSP customers', url: LINKS.cspCustomers },
    ],
    unverified: false,
  },
  'no-benefits-yet': {
    title: 'No benefits shown: no active offer, or the wrong account',
    body: '"Looks like you don\'t have any benefits yet" means either that your company has no active membership offer, or that it has one and you signed in with an account that is not associated with it.',
    steps: [
      'Select the account icon at the top right and check which account is signed in.',
      'If it is the wrong one, choose "Sign in with another account" and use your partner-program account.',
      'If the account is right, ask your Partner admin whether the membership offer is active.',
    ],
    links: [{ label: 'Technical benefits page', url: LINKS.technicalBenefits }],
    unverified: false,
  },
  'activation-role-missing': {
    title: 'Activation needs a Global admin or Partner admin',
    body: 'The Activate button is dimmed or refused because your account lacks the role. Only a Global admin or a Partner admin (formerly MPN partner admin) can activate the technical support benefit. After activation every associated user sees the Access ID and Contract ID within a few minutes.',
    steps: [
      'In Partner Center, open User management and find someone with the Global admin or Partner admin role.',
      'Ask them to open the technical benefits page and press Activate.',
      'Reload the page after a few minutes: the Access ID and Contract ID appear for everyone.',
    ],
    links: [{ label: 'Technical benefits page', url: LINKS.technicalBenefits }],
    unverified: false,
  },
  'plan-not-for-product': {
    title: 'This support plan does not cover the selected product',
    body: 'Services Hub shows "Support plan cannot be used for support of the specified product(s)" when the product is outside the plan\'s scope: partner on-premises support covers the current (N) and previous (N-1) versions in mainstream support, and a cloud plan (Partner Cloud Support, formerly Signature) cannot be used for an on-premises product such as Windows 11.',
    steps: [
      'Check that the product and version you chose are the current or previous version in mainstream support.',
      "For a cloud product, create the request in the Azure portal (or the product's own portal) instead.",
      'Otherwise pay per incident or use another support plan.',
    ],
    links: [
      { label: 'Supported versions (N-1)', url: LINKS.nMinusOne },
      { label: 'Compare partner support plans', url: LINKS.partnerSupportPlans },
      { label: 'Missing support plan (Services Hub)', url: LINKS.servicesHubMissingPlan },
    ],
    unverified: false,
  },
  'plan-expired-or-exhausted': {
    title: 'This support plan has expired or has no incidents left',
    body: 'A partner support contract stops working on its end date or when its last incident is used. Services Hub then shows it as invalid ("support plan expired" after the end date, or used up when no incidents remain) under "Do you need to purchase or add more support plans?" instead of "Types of support", and the Azure portal hides it.',
    steps: [
      "Check the plan's end date and remaining incidents (Services Hub step 2, or Partner Center's benefits page since June 2025).",
      'If a newer contract exists, add it with its Access ID and Contract ID.',
      'Otherwise buy a new support plan.',
    ],
    links: [
      ...buyPlanLinks,
      { label: 'Check remaining incidents', url: LINKS.incidentsRemaining },
      { label: 'Remaining incidents (Services Hub)', url: LINKS.servicesHubIncidentsRemaining },
    ],
    unverified: false,
  },
  'pay-per-incident-needs-msa': {
    title: 'Pay per incident needs a personal Microsoft account',
    body: 'When you pay per incident while signed in with a work account, no purchase option is offered. Pay-per-incident support is bought with a personal Microsoft account.',
    steps: [
      'Sign out and sign in with a personal Microsoft account.',
      'Start the request again and choose pay per incident.',
    ],
    links: [{ label: 'Support for business', url: LINKS.servicesHubCreate }],
    unverified: false,
  },
  'scenario:already-linked': {
    title: 'Already linked: ignore the error and create your request',
    body: 'This contract is already associated with your account (for example you added it in Services Hub, or linked it in Azure before). One link is enough, so linking it again shows this error. Nothing is wrong: the support plan is available to you.',
    steps: [
      'Close "Link support benefits" without changing anything.',
      'Select "+ Support request" in Help + support.',
      'Create the incident as usual; your partner support plan will be offered.',
    ],
    links: [{ label: 'Create a support request', url: LINKS.newSupportRequest }],
    unverified: false,
  },
  'scenario:expired-or-exhausted': {
    title: 'The contract has expired or has no incidents left',
    body: 'The contract is still associated with your account, so linking it again shows the error, but Azure hides it because it is no longer valid: its end date has passed or its signature pack (for example the 10 or 5 pack) has no incidents left. A new support plan is needed for Azure support incidents.',
    steps: [
      "Confirm the end date and remaining incidents (Services Hub step 2, or Partner Center's benefits page since June 2025).",
      'If your company has a newer contract, link that one instead.',
      'Otherwise buy a new support plan.',
    ],
    links: [...buyPlanLinks, { label: 'Check remaining incidents', url: LINKS.incidentsRemaining }],
    unverified: false,
  },
  'scenario:no-cloud-benefit': {
    title: 'This benefit includes no cloud support',
    body: 'Action Pack includes only on-premises support (Microsoft Product Support), no cloud support at all, so there is no partner plan to link in the Azure portal. The same holds for any contract whose benefit is on-premises only.',
    steps: [
      'Use the contract for on-premises products in Services Hub "Support for business".',
      'For Azure requests for CSP customers, use the "Cloud Solution Provider" support plan: Partner Center → CSP → Customers → the customer → Service management → New request (Admin agent role).',
      'For other cloud support, buy a partner support plan.',
    ],
    links: [
      { label: 'Support for business (on-premises)', url: LINKS.servicesHubCreate },
      { label: 'CSP customers', url: LINKS.cspCustomers },
      { label: 'Compare partner support plans', url: LINKS.partnerSupportPlans },
    ],
    unverified: false,
  },
  'scenario:unknown': {
    title: 'Most likely already linked: try creating the request first',
    body: 'This message is wrong for partner benefits and should be ignored. Either the contract is already linked to your account (most likely), or it has expired or has no incidents left and Azure hides it.',
    steps: [
      'Select "+ Support request" and create the request as usual. If the partner support plan is offered, it was already linked.',
      "If no partner plan is offered, check the contract's end date and remaining incidents; if it has expired or is used up, buy a new support plan.",
    ],
    links: [
      { label: 'Create a support request', url: LINKS.newSupportRequest },
      { label: 'Check remaining incidents', url: LINKS.incidentsRemaining },
      { label: 'Compare partner support plans', url: LINKS.partnerSupportPlans },
    ],
    unverified: false,
  },
  'page:partner-center-technical-benefits': {
    title: 'Your technical support benefit',
    body: 'This page shows the Access ID and Contract ID once the benefit is activated. Users need them only the first time an account uses the benefit; the link lasts until the contract expires or runs out. Since June 2025 the page also shows the remaining incidents and the end date.',
    steps: [
      'If the Activate button is shown, a Global admin or Partner admin must press it.',
      'Save the Access ID and Contract ID to SupportLink so your team can link them in each portal.',
      'Use on-premises incidents in Services Hub and cloud incidents in the Azure portal.',
    ],
    links: [
      { label: 'Support for business (on-premises)', url: LINKS.servicesHubCreate },
      { label: 'Azure support plans', url: LINKS.azureSupportPlans },
    ],
    unverified: false,
  },
  'page:partner-center-csp-customers': {
    title: 'Support requests for CSP customers',
    body: 'CSP partners opening Azure requests can use the "Cloud Solution Provider" support plan without adding a contract. Users with the Admin agent role start here.',
    steps: [
      'Pick the customer, then Service management.',
      'Select New request and choose the workload; its portal opens.',
      'Create the request there; add a partner contract only if you want to use your own incidents.',
    ],
    links: [{ label: 'CSP customers', url: LINKS.cspCustomers }],
    unverified: false,
  },
  'page:azure-help-support': {
    title: 'Partner cloud support in Azure',
    body: 'Cloud incidents of your partner benefit are used from Help + support. Since July 2024 the Azure portal needs the contract linked by hand, once per account, under Support plans → Link support benefits (other portals add the contract inside the request flow); after that the plan is offered whenever you create a support request.',
    steps: [
      'Go to Support plans → Link support benefits and enter the Access ID and Contract ID (once per account; the request form itself has no place for them).',
      'Then use "+ Support request" and pick the partner support plan.',
      'Azure does not show remaining incidents and hides expired or used-up plans.',
    ],
    links: [
      { label: 'Azure support plans', url: LINKS.azureSupportPlans },
      { label: 'Create a support request', url: LINKS.newSupportRequest },
    ],
    unverified: false,
  },
  'page:azure-support-plans': {
    title: 'Link your partner cloud support',
    body: 'Partner Cloud Support (called Signature Cloud Support until June 2025) is the cloud half of your partner benefit; Action Pack has no cloud support at all, only on-premises incidents. CSP partners can use the "Cloud Solution Provider" plan for customer requests without linking any contract. Paid plans (Premier or Advanced Support for Partners) are bought separately. The Azure portal never shows how many incidents remain and hides plans that expired or are used up: check Services Hub (step 2 of a new on-premises request) or, since June 2025, Partner Center\'s benefits page. Since July 2024 Azure needs the contract linked here by hand (other portals add it inside the request flow). Link a contract once per account; if you then see "This access ID is already associated with an account", ignore it: it usually means the contract is already linked.',
    steps: [
      'Select "Link support benefits".',
      'Enter the Access ID and Contract ID (SupportLink can fill them) and select Link.',
      'Create the incident with "+ Support request"; the partner plan is offered there.',
      'Admin agents raising a request for a CSP customer: Partner Center → CSP → Customers → the customer → Service management → New request.',
    ],
    links: [
      { label: 'Create a support request', url: LINKS.newSupportRequest },
      { label: 'Check remaining incidents', url: LINKS.incidentsRemaining },
      { label: 'CSP customers (Admin agent)', url: LINKS.cspCustomers },
      { label: 'Partner support plans', url: LINKS.partnerSupportPlans },
    ],
    unverified: false,
    sections: [
      {
        id: 'now',
        heading: 'What to do now',
        points: [
          'Select "Link support benefits".',
          'Enter the Access ID and Contract ID (SupportLink can fill them) and select Link. Once per account is enough.',
          'Create the incident with "+ Support request"; the partner plan is offered there.',
          'Azure says "This access ID is already associated with an account"? Ignore it: the contract is usually linked already.',
        ],
        links: [{ label: 'Create a support request', url: LINKS.newSupportRequest }],
      },
      {
        id: 'remaining',
        heading: 'Incidents left',
        points: [
          'The Azure portal never shows how many incidents remain, and hides plans that expired or are used up.',
          "Check Services Hub (step 2 of a new on-premises request) or, since June 2025, Partner Center's benefits page.",
        ],
        links: [{ label: 'Check remaining incidents', url: LINKS.incidentsRemaining }],
      },
      {
        id: 'plan-kinds',
        heading: 'Plan kinds',
        points: [
          'Partner Cloud Support (Signature Cloud Support until June 2025): the cloud half of your partner benefit.',
          'Action Pack: no cloud support at all, only on-premises incidents.',
          'Premier or Advanced Support for Partners: paid plans, bought separately.',
          'Since July 2024 Azure needs the contract linked here by hand; other portals add it inside the request flow.',
        ],
        links: [{ label: 'Partner support plans', url: LINKS.partnerSupportPlans }],
      },
      {
        id: 'csp',
        heading: 'Requests for CSP customers',
        points: [
          'Use the "Cloud Solution Provider" plan: no contract needs linking.',
          'Admin agents: Partner Center → CSP → Customers → the customer → Service management → New request.',
        ],
        links: [{ label: 'CSP customers (Admin agent)', url: LINKS.cspCustomers }],
      },
    ],
  },
  'page:serviceshub-support-for-business': {
    title: 'On-premises support and your remaining incidents',
    body: 'Services Hub "Support for business" is where on-premises incidents are created, and a place that lists a partner contract\'s end date and remaining incidents (step 2; since June 2025 Partner Center\'s benefits page shows them too). You can look without submitting anything.',
    steps: [
      'Step 1: choose an on-premises product (for example Windows 11), any version, category and problem; do not submit.',
      'Step 2: valid contracts are listed under "Types of support" with their end date and remaining incidents.',
      'Expand "Do you need to purchase or add more support plans?": invalid plans show there ("cannot be used for support of the specified product(s)", expired, or used up), and "Add contract" takes the Access ID and Contract ID.',
      'Older pages list them under "Would you like to see unavailable support plans?".',
    ],
    links: [
      { label: 'How many partner incidents remain', url: LINKS.incidentsRemaining },
      { label: 'Remaining incidents (Services Hub)', url: LINKS.servicesHubIncidentsRemaining },
      { label: 'Supported versions (N-1)', url: LINKS.nMinusOne },
    ],
    unverified: false,
  },
  'page:engagecenter-help-support': {
    title: 'On-premises support in Engage Center',
    body: 'Engage Center succeeds Services Hub for on-premises support. Partner contracts are reportedly added under Add/Purchase plan → Add contract ID, with the same Access ID and Contract ID; whether it shows remaining incidents is not known.',
    steps: [
      'Open Help + support, then Add/Purchase plan → Add contract ID.',
      'Enter the Access ID and Contract ID (SupportLink can fill them).',
      "Check the remaining incidents in Partner Center's benefits page.",
    ],
    links: [{ label: 'Engage Center help + support', url: LINKS.engageCenter }],
    unverified: true,
  },
  'page:power-platform-support': {
    title: 'Partner cloud support in the Power Platform admin center',
    body: 'On a Support page, the Support plans button opens a panel with "View existing plans" and "Add a new plan". Enter the Access ID and, in the "Password" field, the Contract ID (the password is the contract ID unless it was changed), then Save. A new plan may take up to an hour to appear. The support agent chat also offers "Add a new support contract". The admin center does not show remaining incidents.',
    steps: [
      'Select Support plans, then "Add a new plan" in the panel.',
      'Enter the Access ID, and the Contract ID in the Password field; select Save.',
      'If the plan is not listed under "View existing plans" yet, wait up to an hour.',
      'Create the support request and choose the partner plan.',
    ],
    links: [{ label: 'Power Platform support', url: LINKS.powerPlatformSupport }],
    unverified: false,
  },
  'page:lcs-support-plans': {
    title: 'Partner cloud support in Lifecycle Services',
    body: 'In your LCS project, go to Support → Manage support plans → Add contract and enter the access ID and the password or contract ID. LCS does not show remaining incidents.',
    steps: [
      'Open Manage support plans and select "Add contract".',
      'Enter the access ID, and the contract ID in the password field.',
      'Check the remaining incidents in Services Hub or Partner Center.',
    ],
    links: [{ label: 'Check remaining incidents', url: LINKS.incidentsRemaining }],
    unverified: false,
  },
  'page:m365-admin-support': {
    title: 'Partner benefits cannot be linked here',
    body: 'The Microsoft 365 admin center has no place to enter an Access ID and Contract ID. Use the partner benefit in the Azure portal (cloud) or Services Hub (on-premises).',
    steps: [
      'For cloud products, link the contract in the Azure portal under Help + support → Support plans.',
      'For on-premises products, use Services Hub "Support for business".',
    ],
    links: [
      { label: 'Azure support plans', url: LINKS.azureSupportPlans },
      { label: 'Support for business (on-premises)', url: LINKS.servicesHubCreate },
    ],
    unverified: false,
  },
};
