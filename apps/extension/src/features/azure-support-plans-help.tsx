/**
 * Azure portal, Support plans: a collapsible panel a person can scan — short sections from the
 * rules' guidance (what to do now, where counts show, plan kinds, the CSP path) with the user's
 * cloud contracts, their counts, end dates and states after the first; on-premises contracts are
 * kept apart (folded), as this page does not use them. Dismissal is remembered in settings.
 */
import { benefitForPage, type Guidance, type GuidanceSection } from '@supportlink/rules';
import type { ContractView } from '../messaging/protocol';
import { Collapsible, GuidanceBody, type Tr, translator } from '../ui/inject/components';
import { ContractFacts } from '../ui/inject/contract-facts';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { loadContracts } from './contracts';
import type { Feature } from './types';

export const ID = 'azure-support-plans-help';

/** The open blade's content area, or null (then the panel floats in a corner). */
function bladeAnchor(doc: Document): Element | null {
  const blades = doc.querySelectorAll('.fxs-blade-content, .fxs-blade');
  return blades.length ? blades[blades.length - 1]! : null;
}

/** One short section of the help: a heading, a few points (numbered when they are steps), its links. */
function HelpSection({ section }: { section: GuidanceSection }) {
  const List = section.id === 'now' ? 'ol' : 'ul';
  return (
    <section aria-labelledby={`sl-help-${section.id}`}>
      <h3 id={`sl-help-${section.id}`}>{section.heading}</h3>
      <List>
        {section.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </List>
      {section.links.map((link) => (
        <p key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </p>
      ))}
    </section>
  );
}

/** Usable contracts first, then the rest; within each, the nearest end date first. */
function byUse(a: ContractView, b: ContractView): number {
  return Number(b.state.usable) - Number(a.state.usable) || a.endDate.localeCompare(b.endDate);
}

function ContractList({ contracts, tr }: { contracts: ContractView[]; tr: Tr }) {
  return (
    <ul class="list">
      {[...contracts].sort(byUse).map((c) => (
        <li key={c.id}>
          <ContractFacts contract={c} tr={tr} />
        </li>
      ))}
    </ul>
  );
}

/** Cloud contracts are what this page links; on-premises ones are kept apart, folded, with where they go. */
/** `null` while loading; 'failed' when the background could not answer. */
type Loaded = ContractView[] | 'failed' | null;

function YourContracts({ contracts, tr }: { contracts: Loaded; tr: Tr }) {
  if (!contracts) return null;
  if (contracts === 'failed')
    return (
      <p class="muted" role="status">
        {tr('content.loadFailed')}
      </p>
    );
  const linked = benefitForPage('azure-support-plans');
  const cloud = contracts.filter((c) => c.benefit === linked);
  const onPrem = contracts.filter((c) => c.benefit !== linked);
  return (
    <>
      <section aria-labelledby="sl-help-cloud">
        <h3 id="sl-help-cloud">{tr('content.help.cloudContracts')}</h3>
        {cloud.length === 0 ? (
          <p class="muted">{tr(contracts.length ? 'content.help.noCloud' : 'content.help.none')}</p>
        ) : (
          <ContractList contracts={cloud} tr={tr} />
        )}
      </section>
      {onPrem.length > 0 && (
        <details class="apart">
          <summary>{tr('content.help.onPremContracts', { count: onPrem.length })}</summary>
          <p class="muted">{tr('content.help.onPremNote')}</p>
          <ContractList contracts={onPrem} tr={tr} />
        </details>
      )}
    </>
  );
}

function Panel(props: {
  help: Guidance | null;
  contracts: Loaded;
  tr: Tr;
  onDismiss: () => void;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { help, contracts, tr } = props;
  const sections = help?.sections ?? [];
  const [first, ...rest] = sections;
  return (
    <Collapsible
      open={props.open}
      onToggle={props.onToggle}
      label={tr('content.help.toggle')}
      onDismiss={props.onDismiss}
      dismissLabel={tr('content.dismiss')}
    >
      {help?.title && <h2>{help.title}</h2>}
      {first ? (
        <>
          <HelpSection section={first} />
          <YourContracts contracts={contracts} tr={tr} />
          {rest.map((section) => (
            <HelpSection key={section.id} section={section} />
          ))}
          {help?.unverified && <p class="muted">{tr('content.unverified')}</p>}
        </>
      ) : (
        <>
          {help && <GuidanceBody guidance={help} tr={tr} />}
          <YourContracts contracts={contracts} tr={tr} />
        </>
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
    let contracts: Loaded = null;
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
    // The same host is moved, never remounted: the panel stays the element the user opened.
    const place = () => {
      if (signal.aborted || !doc.body) return;
      const floating = ui?.host.hasAttribute('data-floating');
      if (ui?.host.isConnected && !(floating && bladeAnchor(doc))) return;
      const anchor = bladeAnchor(doc);
      const to = anchor
        ? { anchor, placement: 'prepend' as const }
        : { anchor: doc.body, placement: 'append' as const, floating: true };
      if (ui) {
        ui.move(to);
        return;
      }
      ui = mountUi(null, { featureId: ID, signal, ...to });
      render();
    };
    place();
    // The portal re-renders blades; put the panel back when it is swept away.
    services.hub.subscribe(place, signal);
    const [guidance, saved] = await Promise.all([
      services.guidance('page:azure-support-plans'),
      loadContracts(services, ID),
    ]);
    help = guidance;
    contracts = saved ?? 'failed';
    render();
  },
};
