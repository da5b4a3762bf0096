/** Addresses the guidance points to; every one is named in the seed or the design notes. */
export const LINKS = {
  newSupportRequest: 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  azureSupportPlans:
    'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
  partnerSupportPlans: 'https://partner.microsoft.com/support/partnersupport',
  premierSupport: 'https://partner.microsoft.com/support/microsoft-services-premier-support',
  advancedSupport: 'https://partner.microsoft.com/support/advanced-cloud-support',
  technicalBenefits: 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
  partnerCenterDashboard: 'https://partner.microsoft.com/dashboard',
  cspCustomers: 'https://partner.microsoft.com/commerce/customers/list',
  servicesHubCreate: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  incidentsRemaining:
    'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3',
  nMinusOne: 'https://aka.ms/n-1',
  /** Services Hub Learn pages (SH25): remaining incidents, and a plan missing or refused. */
  servicesHubIncidentsRemaining:
    'https://learn.microsoft.com/services-hub/sfbus/support-for-business/partner-incidents-remaining',
  servicesHubMissingPlan:
    'https://learn.microsoft.com/services-hub/sfbus/support-for-business/missing-support-plan',
  powerPlatformSupport: 'https://admin.powerplatform.microsoft.com/support',
  engageCenter:
    'https://engagecenter.microsoft.com/#view/Microsoft_AzureCXP_EngageHub/EngageHubMenu.MenuView/~/helpSupport',
} as const;
