/**
 * Azure portal "Link support benefits": fill Access ID and Contract ID from the eligible
 * cloud contract (Knockout blade in the page or Fluent UI in a reactblade frame), and
 * record the link when the portal reports success.
 */
import { watchLinkForms } from './link-form';
import { AZURE_PAGES, isAzureHost } from './page';
import type { Feature } from './types';

export const azureLinkFill: Feature = {
  id: 'azure-link-fill',
  // Fields and labels arrive as added or re-shown elements; text edits in the view never matter.
  textChanges: null,
  // Help + support views and reactblade frames; elsewhere in the portal (a VM blade) nothing runs.
  matches: (page, url) =>
    isAzureHost(url) && page !== null && (AZURE_PAGES.has(page) || page === 'engagecenter-help-support'),
  init(ctx, signal, services) {
    // Engage Center's "Add contract" runs in the same reactblade frames and takes on-premises contracts.
    const engage = ctx.page === 'engagecenter-help-support';
    watchLinkForms(ctx, signal, services, {
      featureId: 'azure-link-fill',
      page: engage ? 'engagecenter-help-support' : (ctx.page ?? 'azure-help-support'),
      recordLinksFor: engage ? 'engagecenter' : 'azure',
    });
  },
};
