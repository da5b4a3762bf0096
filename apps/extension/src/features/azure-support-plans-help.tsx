/**
 * Azure portal, Support plans: a collapsible panel explaining the plan kinds (Action Pack has no
 * cloud support; CSP plan and the Admin agent path; where remaining incidents show) with the
 * user's own contracts and their counts. Dismissal is remembered in settings.
 */
import type { Guidance } from '@supportlink/rules';
import type { ContractView } from '../messaging/protocol';
import { Collapsible, ContractSummary, GuidanceBody, type Tr, translator } from '../ui/inject/components';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { loadContracts } from './contracts';
import type { Feature } from './types';

export const ID = 'azure-support-plans-help';

/** The open blade's content area, or null (then the panel floats in a corner). */
function bladeAnchor(doc: Document): Element | null {
  const blades = doc.querySelectorAll('.fxs-blade-content, .fxs-blade');
  return blades.length ? blades[blades.length - 1]! : null;
}

function Panel(props: {
  help: Guidance | null;
  contracts: ContractView[] | null;
  tr: Tr;
  onDismiss: () => void;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { help, contracts, tr } = props;
  return (
    <Collapsible
      open={props.open}
      onToggle={props.onToggle}
      label={tr('content.help.toggle')}
      onDismiss={props.onDismiss}
      dismissLabel={tr('content.dismiss')}
    >
      {help?.title && <h2>{help.title}</h2>}
      {help && <GuidanceBody guidance={help} tr={tr} />}
      <h2>{tr('content.help.yourContracts')}</h2>
      {contracts && contracts.length === 0 && <p class="muted">{tr('content.help.none')}</p>}
      {contracts && contracts.length > 0 && (
        <ul class="list">
          {contracts.map((c) => (
            <li key={c.id}>
              <ContractSummary contract={c} tr={tr} />
            </li>
          ))}
        </ul>
      )}
    </Collapsible>
  );
}

export const azureSupportPlansHelp: Feature = {
  id: ID,
  textChanges: null,
  matches: (page) => page === 'azure-support-plans',
  async init(ctx, signal, services) {
    if (services.settings.dismissedHelp.includes(ID)) return;
    const tr = translator(services.locale);
    const doc = ctx.document;
    let ui: Mounted | null = null;
    let contracts: ContractView[] | null = null;
    let help: Guidance | null = null;
    const dismiss = async () => {
      ui?.remove();
      const dismissedHelp = [...new Set([...services.settings.dismissedHelp, ID])];
      services.settings = { ...services.settings, dismissedHelp };
      await services
        .send('settings:set', { dismissedHelp })
        .catch((e: unknown) => services.log(ID, 'dismiss failed', e));
    };
    // The panel moves into the blade once one renders; it must stay open if the user opened it.
    let open = false;
    const render = () =>
      ui?.update(
        <Panel
          help={help}
          contracts={contracts}
          tr={tr}
          open={open}
          onToggle={(next) => {
            open = next;
          }}
          onDismiss={() => void dismiss()}
        />,
      );
    const place = () => {
      if (signal.aborted || !doc.body) return;
      const floating = ui?.host.hasAttribute('data-floating');
      if (ui?.host.isConnected && !(floating && bladeAnchor(doc))) return;
      ui?.remove();
      const anchor = bladeAnchor(doc);
      ui = anchor
        ? mountUi(null, { featureId: ID, anchor, placement: 'prepend', signal })
        : mountUi(null, { featureId: ID, anchor: doc.body, placement: 'append', signal, floating: true });
      render();
    };
    place();
    // The portal re-renders blades; put the panel back when it is swept away.
    services.hub.subscribe(place, signal);
    [help, contracts] = await Promise.all([
      services.guidance('page:azure-support-plans'),
      loadContracts(services, ID),
    ]);
    render();
  },
};
