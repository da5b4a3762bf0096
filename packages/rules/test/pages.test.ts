import { describe, expect, it } from 'vitest';
import {
  benefitForPage,
  benefitForPortal,
  PAGE_IDS,
  PORTAL_SITES,
  partnerCenterArea,
  portalForPage,
  portalOfHost,
  recognizePage,
  siteOfHost,
  sitePatterns,
} from '../src/index.js';

describe('recognizePage', () => {
  it.each([
    [
      'seed: technical benefits',
      'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
      'partner-center-technical-benefits',
    ],
    [
      'PORTALS.md: locale prefix, query',
      'https://partner.microsoft.com/en-us/dashboard/mpn/membership/benefits/technical?tab=1',
      'partner-center-technical-benefits',
    ],
    [
      'PORTALS.md: v2 benefits [G]',
      'https://partner.microsoft.com/dashboard/v2/benefits/technicalsupport',
      'partner-center-technical-benefits',
    ],
    [
      'PORTALS.md: v2 benefits [G]',
      'https://partner.microsoft.com/dashboard/v2/benefits/support-and-consultation/overview',
      'partner-center-technical-benefits',
    ],
    ['PORTALS.md: v2 other benefits', 'https://partner.microsoft.com/dashboard/v2/benefits/products', null],
    [
      'seed: CSP customers',
      'https://partner.microsoft.com/commerce/customers/list',
      'partner-center-csp-customers',
    ],
    [
      'PORTALS.md: CSP customers, locale',
      'https://partner.microsoft.com/de-de/commerce/customers/list#x',
      'partner-center-csp-customers',
    ],
    ['Partner Center home', 'https://partner.microsoft.com/dashboard/home', null],
    [
      'PORTALS.md: view hash',
      'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
      'azure-support-plans',
    ],
    [
      'PORTALS.md: blade hash',
      'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/supportPlans',
      'azure-support-plans',
    ],
    [
      'PORTALS.md: tenant prefix',
      'https://portal.azure.com/#@contoso.onmicrosoft.com/blade/Microsoft_Azure_Support/HelpAndSupportBlade/supportPlans',
      'azure-support-plans',
    ],
    [
      'PORTALS.md: overview',
      'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
      'azure-help-support',
    ],
    [
      'PORTALS.md: other help views',
      'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
      'azure-help-support',
    ],
    [
      'seed: new support request',
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'azure-help-support',
    ],
    ['Azure create support', 'https://portal.azure.com/#create/Microsoft.Support', 'azure-help-support'],
    [
      'Azure encoded hash',
      'https://portal.azure.com/#view%2FMicrosoft_Azure_Support%2FHelpAndSupportBlade%2F~%2FsupportPlans',
      'azure-support-plans',
    ],
    [
      'Azure ms. host',
      'https://ms.portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
      'azure-support-plans',
    ],
    ['Azure other blade', 'https://portal.azure.com/#view/HubsExtension/BrowseResourceGroups', null],
    [
      'Azure other extension',
      'https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBlade',
      null,
    ],
    ['Azure home', 'https://portal.azure.com/', null],
    ['PORTALS.md: reactblade frame', 'https://abc123.reactblade.portal.azure.net/?ext=x', 'azure-reactblade'],
    [
      'PORTALS.md: reactblade-ms frame',
      'https://sandbox-7.reactblade-ms.portal.azure.net/',
      'azure-reactblade',
    ],
    [
      'PORTALS.md: reactblade-rc frame',
      'https://x.reactblade-rc.portal.azure.net/index.html',
      'azure-reactblade',
    ],
    [
      'seed: Services Hub create',
      'https://support.serviceshub.microsoft.com/supportforbusiness/create',
      'serviceshub-support-for-business',
    ],
    [
      'PORTALS.md: sapId',
      'https://support.serviceshub.microsoft.com/supportforbusiness/create?sapId=0c5c4e0f-1111-2222-3333-444455556666',
      'serviceshub-support-for-business',
    ],
    [
      'PORTALS.md: onboarding',
      'https://support.serviceshub.microsoft.com/supportforbusiness/onboarding',
      'serviceshub-support-for-business',
    ],
    ['Services Hub other', 'https://support.serviceshub.microsoft.com/', null],
    [
      'PORTALS.md: Engage Center',
      'https://engagecenter.microsoft.com/#view/Microsoft_AzureCXP_EngageHub/EngageHubMenu.MenuView/~/helpSupport',
      'engagecenter-help-support',
    ],
    ['Engage Center root', 'https://engagecenter.microsoft.com/', null],
    [
      'PORTALS.md: Power Platform',
      'https://admin.powerplatform.microsoft.com/support/supportPlans',
      'power-platform-support',
    ],
    ['Power Platform other', 'https://admin.powerplatform.microsoft.com/environments', null],
    ['PORTALS.md: LCS', 'https://lcs.dynamics.com/V2/ManageSupportPlans/123', 'lcs-support-plans'],
    ['LCS other', 'https://lcs.dynamics.com/v2', null],
    ['PORTALS.md: M365 admin', 'https://admin.microsoft.com/Adminportal/Home#/support', 'm365-admin-support'],
    ['M365 admin requests', 'https://admin.microsoft.com/#/support/requests', 'm365-admin-support'],
    ['M365 admin home', 'https://admin.microsoft.com/Adminportal/Home#/homepage', null],
    ['M365 new domain', 'https://admin.cloud.microsoft/#/support', 'm365-admin-support'],
    [
      'host case and trailing dot',
      'https://PARTNER.Microsoft.COM./dashboard/mpn/membership/benefits/technical',
      'partner-center-technical-benefits',
    ],
    [
      'explicit port',
      'https://portal.azure.com:443/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
      'azure-support-plans',
    ],
  ])('%s: %s → %s', (_source, url, page) => {
    expect(recognizePage(url)).toBe(page);
  });

  it.each([
    [
      'look-alike host',
      'https://partner.microsoft.com.evil.example/dashboard/mpn/membership/benefits/technical',
    ],
    ['look-alike host', 'https://evilpartner.microsoft.com/dashboard/mpn/membership/benefits/technical'],
    ['plain http', 'http://partner.microsoft.com/dashboard/mpn/membership/benefits/technical'],
    [
      'credentials trick',
      'https://partner.microsoft.com@evil.example/dashboard/mpn/membership/benefits/technical',
    ],
    ['look-alike reactblade', 'https://x.reactblade.portal.azure.net.evil.example/'],
    [
      'look-alike azure',
      'https://portal.azure.com.evil.example/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
    ],
    [
      'hash on another host',
      'https://evil.example/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
    ],
    ['not a URL', 'partner.microsoft.com/dashboard/mpn/membership/benefits/technical'],
    ['bad host characters', 'https://part ner.microsoft.com/'],
    ['empty', ''],
    ['broken percent-encoding stays literal', 'https://portal.azure.com/#view/%E0%A4%A/x'],
  ])('rejects %s: %s', (_label, url) => {
    expect(recognizePage(url)).toBeNull();
  });
});

describe('portalForPage / benefitForPage', () => {
  it.each([
    ['partner-center-technical-benefits', 'partner-center', null],
    ['partner-center-csp-customers', 'partner-center', null],
    ['azure-help-support', 'azure', 'cloud'],
    ['azure-support-plans', 'azure', 'cloud'],
    ['azure-reactblade', 'azure', 'cloud'],
    ['serviceshub-support-for-business', 'serviceshub', 'on-premises'],
    ['engagecenter-help-support', 'engagecenter', 'on-premises'],
    ['power-platform-support', 'power-platform', 'cloud'],
    ['lcs-support-plans', 'lcs', 'cloud'],
    ['m365-admin-support', 'm365-admin', null],
  ] as const)('%s → %s, %s (DOMAIN.md: portals table)', (page, portal, benefit) => {
    expect(portalForPage(page)).toBe(portal);
    expect(benefitForPage(page)).toBe(benefit);
    expect(benefitForPortal(portal)).toBe(benefit);
  });
  it('covers every page id', () => {
    expect(PAGE_IDS).toHaveLength(10);
  });
});

describe('one list of sites', () => {
  it.each([
    [
      'https://ms.portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportPlans',
      'azure-support-plans',
    ],
    [
      'https://preview.portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview',
      'azure-help-support',
    ],
    [
      'https://entra.microsoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'azure-help-support',
    ],
    ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/TenantOverview.ReactView', null],
    ['https://engagecenter.microsoft.com/#home', 'engagecenter-help-support'],
    ['https://engagecenter.microsoft.com/#/home', 'engagecenter-help-support'],
    ['https://engagecenter.microsoft.com/#homework', null],
    ['https://engagecenter.microsoft.com/', null],
  ])('PROGRAM-2026.md / issue 8: %s → %s', (url, page) => {
    expect(recognizePage(url)).toBe(page);
  });

  it.each([
    ['portal.azure.com', 'azure'],
    ['ms.portal.azure.com', 'azure'],
    ['ENTRA.microsoft.com.', 'azure'],
    ['x.y.reactblade-ms.portal.azure.net', 'azure'],
    ['reactblade.portal.azure.net', 'azure'],
    ['engagecenter.microsoft.com', 'engagecenter'],
    ['admin.cloud.microsoft', 'm365-admin'],
    ['portal.azure.com.evil.example', null],
    ['evilreactblade.portal.azure.net', null],
    ['microsoft.com', null],
  ])('portalOfHost(%s) → %s', (host, portal) => {
    expect(portalOfHost(host)).toBe(portal);
  });

  it('gives match patterns for the browser, all or per portal', () => {
    const all = sitePatterns();
    expect(all).toHaveLength(PORTAL_SITES.length);
    expect(all).toContain('https://ms.portal.azure.com/*');
    expect(all).toContain('https://entra.microsoft.com/*');
    expect(all).toContain('https://*.reactblade.portal.azure.net/*');
    expect(sitePatterns(['partner-center'])).toEqual(['https://partner.microsoft.com/*']);
    for (const p of all) expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('marks only the reactblade frames as frames', () => {
    expect(PORTAL_SITES.filter((s) => s.frame).map((s) => s.host)).toEqual([
      '*.reactblade.portal.azure.net',
      '*.reactblade-ms.portal.azure.net',
      '*.reactblade-rc.portal.azure.net',
    ]);
    expect(siteOfHost('lcs.dynamics.com')?.portal).toBe('lcs');
  });
});

describe('partnerCenterArea', () => {
  it.each([
    ['https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical', 'benefits'],
    ['https://partner.microsoft.com/en-us/dashboard/v2/benefits/overview', 'benefits'],
    ['https://partner.microsoft.com/dashboard/v2/membership/plans?x=1', 'membership'],
    ['https://partner.microsoft.com/dashboard/home', null],
    ['https://partner.microsoft.com/dashboard/benefitsx', null],
    ['https://partner.microsoft.com.evil.example/dashboard/v2/benefits', null],
    ['http://partner.microsoft.com/dashboard/v2/benefits', null],
    ['https://portal.azure.com/dashboard/v2/benefits', null],
  ] as const)('%s → %s', (url, area) => {
    expect(partnerCenterArea(url)).toBe(area);
  });
});
