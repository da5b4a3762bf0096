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

const AZURE_HOSTS = new Set([
  'portal.azure.com',
  'ms.portal.azure.com',
  'preview.portal.azure.com',
  'rc.portal.azure.com',
]);
const REACTBLADE_HOST = /^(?:[a-z0-9-]+\.)*reactblade(?:-ms|-rc)?\.portal\.azure\.net$/;
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

/** Which supported page a top-level or frame URL is, or null. Only https and exact hosts count. */
export function recognizePage(url: string): PageId | null {
  const parsed = parseHttpsUrl(url);
  if (!parsed) return null;
  const { host, path, hash } = parsed;
  if (host === 'partner.microsoft.com') return recognizePartnerCenter(path);
  if (AZURE_HOSTS.has(host)) return recognizeAzure(hash);
  if (REACTBLADE_HOST.test(host)) return 'azure-reactblade';
  if (host === 'support.serviceshub.microsoft.com') {
    return /^\/supportforbusiness(?:[/?]|$)/.test(path) ? 'serviceshub-support-for-business' : null;
  }
  if (host === 'engagecenter.microsoft.com') {
    return /engagehub/.test(hash) ? 'engagecenter-help-support' : null;
  }
  if (host === 'admin.powerplatform.microsoft.com') {
    return /^\/support(?:[/?]|$)/.test(path) ? 'power-platform-support' : null;
  }
  if (host === 'lcs.dynamics.com')
    return /support/.test(path) || /support/.test(hash) ? 'lcs-support-plans' : null;
  if (host === 'admin.microsoft.com' || host === 'admin.cloud.microsoft') return recognizeM365(hash);
  return null;
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
