/** Microsoft 365 admin center: linking an Access ID / Contract ID pair is not possible here; say where to go. */
import { Card, GuidanceBody, translator } from '../ui/inject/components';
import { mountUi } from '../ui/inject/mount';
import type { Feature } from './types';

export const ID = 'm365-admin-note';

export const m365AdminNote: Feature = {
  id: ID,
  matches: (page) => page === 'm365-admin-support',
  async init(ctx, signal, services) {
    if (services.settings.dismissedHelp.includes(ID)) return;
    const tr = translator(services.locale);
    const help = await services.guidance('page:m365-admin-support');
    const body = ctx.document.body;
    if (!body || signal.aborted) return;
    const ui = mountUi(null, { featureId: ID, anchor: body, placement: 'append', signal, floating: true });
    const dismiss = async () => {
      ui.remove();
      const dismissedHelp = [...services.settings.dismissedHelp, ID];
      services.settings = { ...services.settings, dismissedHelp };
      await services
        .send('settings:set', { dismissedHelp })
        .catch((e: unknown) => services.log(ID, 'dismiss failed', e));
    };
    ui.update(
      <Card
        title={help.title || tr('content.brand')}
        role="region"
        tone="note"
        onClose={() => void dismiss()}
        closeLabel={tr('content.dismiss')}
      >
        <GuidanceBody guidance={help} tr={tr} />
      </Card>,
    );
  },
};
