import { type PageId, portalOfHost, recognizePage } from '@supportlink/rules';

/**
 * The page a document is. Azure portal React views run in reactblade frames whose URL
 * says nothing about the portal around them; Engage Center uses the same frames, so the
 * embedding origin decides which portal (and which benefit) a frame belongs to.
 */
export function pageOf(url: URL, parentOrigin: string | null): PageId | null {
  const page = recognizePage(url.href);
  if (page !== 'azure-reactblade') return page;
  if (parentOrigin && portalOfOrigin(parentOrigin) === 'engagecenter') return 'engagecenter-help-support';
  return page;
}

function portalOfOrigin(origin: string) {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' ? portalOfHost(url.hostname) : null;
  } catch {
    return null;
  }
}

/** Origin of the top-level page embedding this frame, when the browser tells us. */
export function parentOrigin(win: Window): string | null {
  if (win.top === win) return null;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors?.length) return ancestors[ancestors.length - 1] ?? null;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

/** A document of the Azure portal (or the Entra admin center's support blades, or a reactblade frame). */
export function onAzurePortal(url: URL): boolean {
  return url.protocol === 'https:' && portalOfHost(url.hostname) === 'azure';
}
