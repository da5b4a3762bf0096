import type { Benefit, PageId, PortalId } from './types.js';

interface ParsedUrl {
  host: string;
  path: string;
  hash: string;
}

const URL_SHAPE = /^https:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Splits an https URL without the DOM's URL class (this package has no DOM). */
function parseHttpsUrl(url: string): ParsedUrl | null {
  const m = URL_SHAPE.exec(url.trim());
  if (!m) return null;
  const authority = m[1] ?? '';
  if (authority.includes('@')) return null; // credentials in a link to a portal: never genuine
  const host = authority.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  return {
    host,
    path: safeDecode(m[2] ?? '').toLowerCase(),
    hash: safeDecode((m[4] ?? '').slice(1)).toLowerCase(),
  };
}

/** Optional locale segment Partner Center sometimes puts first (`/en-us/dashboard/...`). */
const PC_LOCALE = '(?:/[a-z]{2}(?:-[a-z]{2,4})?)?';
const PC_TECHNICAL = new RegExp(`^${PC_LOCALE}/dashboard/mpn/membership/benefits/technical(?:/|$)`);
const PC_V2_BENEFITS = new RegExp(`^${PC_LOCALE}/dashboard/v2/benefits/(.*)$`);
const PC_CSP_CUSTOMERS = new RegExp(`^${PC_LOCALE}/commerce/customers(?:/list)?(?:/|$)`);
const TECHNICAL_ISH = /tech|support|consult/;

/** Azure hash, after an optional `@tenant/` prefix: `view/<ext>/<blade>/...` or `blade/<ext>/<blade>/...`. */
const AZURE_HASH = /^(?:@[^/]*\/)?(?:view|blade)\/([^/]+)\/([^/?]+)(.*)$/;
const SUPPORT_PLANS_SUFFIX = /^\/(?:~\/)?supportplans(?:[/?~]|$)/;

function recognizeAzure(hash: string): PageId | null {
  const m = AZURE_HASH.exec(hash);
  if (!m) {
    return /^(?:@[^/]*\/)?create\/microsoft\.support(?:[/?]|$)/.test(hash) ? 'azure-help-support' : null;
  }
  const [, extension, blade, rest] = m;
  if (extension !== 'microsoft_azure_support') return null;
  if (blade === 'helpandsupportblade') {
    return SUPPORT_PLANS_SUFFIX.test(rest ?? '') ? 'azure-support-plans' : 'azure-help-support';
  }
  return /support/.test(blade ?? '') ? 'azure-help-support' : null;
}

function recognizePartnerCenter(path: string): PageId | null {
  if (PC_TECHNICAL.test(path)) return 'partner-center-technical-benefits';
  const v2 = PC_V2_BENEFITS.exec(path);
  if (v2 && TECHNICAL_ISH.test(v2[1] ?? '')) return 'partner-center-technical-benefits';
  if (PC_CSP_CUSTOMERS.test(path)) return 'partner-center-csp-customers';
  return null;
}

/** The admin center is a hash-routed app: `/#/support`, `/Adminportal/Home#/support/requests`. */
function recognizeM365(hash: string): PageId | null {
  return /^\/?support(?:[/?]|$)/.test(hash) ? 'm365-admin-support' : null;
}

type Recognize = (url: ParsedUrl) => PageId | null;

/** One site SupportLink runs on: its host (`*.` = the host and any subdomain), portal and page rule. */
export interface PortalSite {
  host: string;
  portal: PortalId;
  /** Only ever loaded inside another portal's page (the Azure portal's React view frames). */
  frame: boolean;
  recognize: Recognize;
}

const site = (host: string, portal: PortalId, recognize: Recognize, frame = false): PortalSite => ({
  host,
  portal,
  frame,
  recognize,
});
const azure: Recognize = ({ hash }) => recognizeAzure(hash);
const reactblade: Recognize = () => 'azure-reactblade';
const m365: Recognize = ({ hash }) => recognizeM365(hash);

/**
 * Every host SupportLink runs on, and nothing else: page recognition and the extension's
 * content-script matches and host permissions all come from this list.
 */
export const PORTAL_SITES: readonly PortalSite[] = [
  site('partner.microsoft.com', 'partner-center', ({ path }) => recognizePartnerCenter(path)),
  site('portal.azure.com', 'azure', azure),
  site('ms.portal.azure.com', 'azure', azure),
  site('preview.portal.azure.com', 'azure', azure),
  site('rc.portal.azure.com', 'azure', azure),
  // The Entra admin center hosts the same support blades (PROGRAM-2026.md).
  site('entra.microsoft.com', 'azure', azure),
  site('*.reactblade.portal.azure.net', 'azure', reactblade, true),
  site('*.reactblade-ms.portal.azure.net', 'azure', reactblade, true),
  site('*.reactblade-rc.portal.azure.net', 'azure', reactblade, true),
  site('support.serviceshub.microsoft.com', 'serviceshub', ({ path }) =>
    /^\/supportforbusiness(?:[/?]|$)/.test(path) ? 'serviceshub-support-for-business' : null,
  ),
  // Engage Center opens on `#home`; its help pages are EngageHub views.
  site('engagecenter.microsoft.com', 'engagecenter', ({ hash }) =>
    /engagehub/.test(hash) || /^\/?home(?:[/?]|$)/.test(hash) ? 'engagecenter-help-support' : null,
  ),
  site('admin.powerplatform.microsoft.com', 'power-platform', ({ path }) =>
    /^\/support(?:[/?]|$)/.test(path) ? 'power-platform-support' : null,
  ),
  site('lcs.dynamics.com', 'lcs', ({ path, hash }) =>
    /support/.test(path) || /support/.test(hash) ? 'lcs-support-plans' : null,
  ),
  site('admin.microsoft.com', 'm365-admin', m365),
  site('admin.cloud.microsoft', 'm365-admin', m365),
];

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** The site a host belongs to (exact host, or a subdomain of a `*.` entry), or null. */
export function siteOfHost(host: string): PortalSite | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  return PORTAL_SITES.find((s) => hostMatches(s.host, h)) ?? null;
}

/** The portal a host belongs to, or null when SupportLink has no business there. */
export function portalOfHost(host: string): PortalId | null {
  return siteOfHost(host)?.portal ?? null;
}

/** Browser match patterns (`https://host/*`) of the sites, optionally only some portals'. */
export function sitePatterns(portals?: readonly PortalId[]): string[] {
  return PORTAL_SITES.filter((s) => !portals || portals.includes(s.portal)).map((s) => `https://${s.host}/*`);
}

/** Which supported page a top-level or frame URL is, or null. Only https and listed hosts count. */
export function recognizePage(url: string): PageId | null {
  const parsed = parseHttpsUrl(url);
  if (!parsed) return null;
  return siteOfHost(parsed.host)?.recognize(parsed) ?? null;
}

/**
 * The Partner Center area a URL is in: `benefits` (any benefits page, old or v2, where activated
 * ID pairs may show) or `membership` (where Partner Center's permission and "no benefits yet"
 * messages appear); null elsewhere or on another host.
 */
export function partnerCenterArea(url: string): 'benefits' | 'membership' | null {
  const parsed = parseHttpsUrl(url);
  if (!parsed || siteOfHost(parsed.host)?.portal !== 'partner-center') return null;
  if (/\/benefits(?:[/?]|$)/.test(parsed.path)) return 'benefits';
  return /\/membership(?:[/?]|$)/.test(parsed.path) ? 'membership' : null;
}

const PAGE_PORTAL: Readonly<Record<PageId, PortalId>> = {
  'partner-center-technical-benefits': 'partner-center',
  'partner-center-csp-customers': 'partner-center',
  'azure-help-support': 'azure',
  'azure-support-plans': 'azure',
  'azure-reactblade': 'azure',
  'serviceshub-support-for-business': 'serviceshub',
  'engagecenter-help-support': 'engagecenter',
  'power-platform-support': 'power-platform',
  'lcs-support-plans': 'lcs',
  'm365-admin-support': 'm365-admin',
};

export const PAGE_IDS = Object.keys(PAGE_PORTAL) as PageId[];

export function portalForPage(page: PageId): PortalId {
  return PAGE_PORTAL[page];
}

const PORTAL_BENEFIT: Readonly<Record<PortalId, Benefit | null>> = {
  azure: 'cloud',
  'power-platform': 'cloud',
  lcs: 'cloud',
  serviceshub: 'on-premises',
  engagecenter: 'on-premises',
  // Partner Center shows both benefits; the M365 admin center cannot link a pair at all.
  'partner-center': null,
  'm365-admin': null,
};

/** The benefit whose contracts a page takes, or null when it takes none (or both). */
export function benefitForPage(page: PageId): Benefit | null {
  return PORTAL_BENEFIT[PAGE_PORTAL[page]];
}

export function benefitForPortal(portal: PortalId): Benefit | null {
  return PORTAL_BENEFIT[portal];
}
