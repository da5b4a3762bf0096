/**
 * Azure portal "Link support benefits": fill Access ID and Contract ID from the eligible
 * cloud contract (Knockout blade in the page or Fluent UI in a reactblade frame), and
 * record the link when the portal reports success.
 */
import { watchLinkForms } from './link-form';
import { isAzureHost } from './page';
import type { Feature } from './types';

export const azureLinkFill: Feature = {
  id: 'azure-link-fill',
  matches: (page, url) => isAzureHost(url) && page !== 'engagecenter-help-support',
  init(ctx, signal, services) {
    watchLinkForms(ctx, signal, services, {
      featureId: 'azure-link-fill',
      page: ctx.page ?? 'azure-help-support',
      recordLinksFor: 'azure',
    });
  },
};
