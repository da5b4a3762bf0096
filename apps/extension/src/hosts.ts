/**
 * The only hosts SupportLink runs on, from the rules' one list of portal sites (`PORTAL_SITES`).
 * Content script matches and host permissions are both derived from it; a manifest test checks
 * the build against it.
 */
import { sitePatterns } from '@supportlink/rules';

export const PORTAL_MATCHES: readonly string[] = sitePatterns();

/** Frames of the Azure portal's React views are sandboxed, cross-origin iframes. */
export const FRAME_MATCHES = PORTAL_MATCHES.filter((m) => m.includes('reactblade'));
