/** Power Platform admin center and Dynamics LCS: fill Access ID and Password (the contract ID). */
import { fieldRoleWithPassword } from '@supportlink/rules';
import { watchLinkForms } from './link-form';
import type { Feature } from './types';

const HOSTS: Record<string, 'power-platform-support' | 'lcs-support-plans'> = {
  'admin.powerplatform.microsoft.com': 'power-platform-support',
  'lcs.dynamics.com': 'lcs-support-plans',
};

export const powerPlatformLcsFill: Feature = {
  id: 'power-platform-lcs-fill',
  // Both are single-page apps: the support page may be reached without a load, so match the host.
  matches: (_page, url) => url.hostname in HOSTS,
  init(ctx, signal, services) {
    watchLinkForms(ctx, signal, services, {
      featureId: 'power-platform-lcs-fill',
      page: HOSTS[ctx.url.hostname] ?? 'power-platform-support',
      recordLinksFor: null,
      roleOf: fieldRoleWithPassword,
    });
  },
};
