import { defineContentScript } from 'wxt/utils/define-content-script';
import { messageClient } from '../../src/features/message-client';
import { PARTNER_CENTER_FEATURES, PARTNER_CENTER_MATCHES } from '../../src/features/registry';
import { startFeatures } from '../../src/features/start';
import { send } from '../../src/messaging/client';

export default defineContentScript({
  matches: [...PARTNER_CENTER_MATCHES],
  // Portal UIs live in frames too (the Azure portal's React views are reactblade iframes).
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const running = await startFeatures(window, ctx.signal, send, PARTNER_CENTER_FEATURES, messageClient);
    ctx.addEventListener(window, 'wxt:locationchange', () => running.navigate());
  },
});
