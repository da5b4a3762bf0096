/**
 * The only hosts SupportLink runs on. Content script matches and host permissions
 * are both derived from this list; a manifest test checks the build against it.
 */
export const PORTAL_MATCHES = [
  'https://partner.microsoft.com/*',
  'https://portal.azure.com/*',
  'https://*.reactblade.portal.azure.net/*',
  'https://*.reactblade-ms.portal.azure.net/*',
  'https://*.reactblade-rc.portal.azure.net/*',
  'https://support.serviceshub.microsoft.com/*',
  'https://engagecenter.microsoft.com/*',
  'https://admin.powerplatform.microsoft.com/*',
  'https://lcs.dynamics.com/*',
  'https://admin.microsoft.com/*',
] as const;

/** Frames of the Azure portal's React views are sandboxed, cross-origin iframes. */
export const FRAME_MATCHES = PORTAL_MATCHES.filter((m) => m.includes('reactblade'));
