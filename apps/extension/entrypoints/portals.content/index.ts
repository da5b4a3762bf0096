import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from '../../src/features/start';
import { PORTAL_MATCHES } from '../../src/hosts';
import { send } from '../../src/messaging/client';

export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  // The Azure portal's React views (and Engage Center's) live in reactblade iframes.
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const running = await startFeatures(window, ctx.signal, send);
    ctx.addEventListener(window, 'wxt:locationchange', () => running.navigate());
  },
});
