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
  matches: (_page, url) => onAzurePortal(url),
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
