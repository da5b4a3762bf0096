import { defineContentScript } from 'wxt/utils/define-content-script';
import { messageClient } from '../../src/features/message-client';
import { AZURE_FEATURES, AZURE_MATCHES } from '../../src/features/registry';
import { startFeatures } from '../../src/features/start';
import { send } from '../../src/messaging/client';

export default defineContentScript({
  matches: [...AZURE_MATCHES],
  // Portal UIs live in frames too (the Azure portal's React views are reactblade iframes).
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const running = await startFeatures(window, ctx.signal, send, AZURE_FEATURES, messageClient);
    ctx.addEventListener(window, 'wxt:locationchange', () => running.navigate());
  },
});
