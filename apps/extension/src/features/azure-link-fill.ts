/**
 * Azure portal "Link support benefits": fill Access ID and Contract ID from the eligible
 * cloud contract (Knockout blade in the page or Fluent UI in a reactblade frame), and
 * record the link when the portal reports success.
 */
import { portalForPage } from '@supportlink/rules';
import { watchLinkForms } from './link-form';
import { onAzurePortal } from './page';
import type { Feature } from './types';

export const azureLinkFill: Feature = {
  id: 'azure-link-fill',
  // Fields and labels arrive as added or re-shown elements; text edits in the view never matter.
  textChanges: null,
  // Help + support views and reactblade frames; elsewhere in the portal (a VM blade) nothing runs.
  matches: (page, url) => onAzurePortal(url) && page !== null,
  init(ctx, signal, services) {
    // Engage Center's "Add contract" runs in the same reactblade frames and takes on-premises contracts.
    // pageOf() names such a frame Engage Center's page; the rules give its portal and benefit.
    const page = ctx.page ?? 'azure-help-support';
    watchLinkForms(ctx, signal, services, {
      featureId: 'azure-link-fill',
      page,
      recordLinksFor: portalForPage(page),
    });
  },
};
