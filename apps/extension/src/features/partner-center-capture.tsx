/**
 * Partner Center technical benefits (old and v2 pages): beside the Access ID and Contract ID
 * shown after activation, offer "Save to SupportLink"; the user confirms benefit and offer
 * (guessed from the page) and the dates; remaining incidents shown are saved as an observation.
 */
import {
  type Benefit,
  benefitInText,
  benefitNamedIn,
  type OfferId,
  offerInText,
  type RulesetId,
  rulesetForDate,
} from '@supportlink/rules';
import { useState } from 'preact/hooks';
import { visibleText } from '../dom/text';
import type { CapturedContract } from '../messaging/protocol';
import { type Tr, translator } from '../ui/inject/components';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { findIdPairs, type IdPair } from './id-pairs';
import { throttle } from './throttle';
import type { Feature, Services } from './types';

export const ID = 'partner-center-capture';
const OFFERS: OfferId[] = [
  'partner-success-core',
  'partner-success-expanded',
  'partner-launch',
  'solutions-partner',
  'legacy-gold',
  'legacy-silver',
  'action-pack',
  'gold',
  'silver',
];

export function rulesetFor(offer: OfferId, now: number): RulesetId {
  if (offer === 'gold' || offer === 'silver') return 'mpn-2021';
  if (
    offer === 'partner-success-core' ||
    offer === 'partner-success-expanded' ||
    offer === 'partner-launch'
  ) {
    return 'ai-cloud-partner-2026';
  }
  if (offer === 'action-pack') return rulesetForDate(now);
  return 'ai-cloud-partner-2023';
}

type Status = 'idle' | 'open' | 'saving' | 'saved' | 'updated' | 'failed';

function CaptureUi(props: {
  pair: IdPair;
  guess: { benefit: Benefit; offer: OfferId };
  tr: Tr;
  services: Services;
}) {
  const { pair, tr, services } = props;
  const [status, setStatus] = useState<Status>('idle');
  const [benefit, setBenefit] = useState<Benefit>(props.guess.benefit);
  const [offer, setOffer] = useState<OfferId>(props.guess.offer);
  const [startDate, setStartDate] = useState(pair.startDate ?? '');
  const [endDate, setEndDate] = useState(pair.endDate ?? '');

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('saving');
    const payload: CapturedContract = {
      accessId: pair.accessId.value,
      contractId: pair.contractId.value,
      benefit,
      offer,
      ruleset: rulesetFor(offer, services.now()),
      startDate: startDate || null,
      endDate: endDate || null,
      observedRemaining: pair.remaining,
    };
    try {
      const { created } = await services.send('contracts:save-captured', payload);
      setStatus(created ? 'saved' : 'updated');
    } catch (error) {
      services.log(ID, 'save failed', error);
      setStatus('failed');
    }
  };

  if (status === 'idle') {
    return (
      <button type="button" class="primary" onClick={() => setStatus('open')}>
        {tr('content.saveToSupportLink')}
      </button>
    );
  }
  if (status === 'saved' || status === 'updated') {
    return (
      <span class="badge" role="status">
        {tr(status === 'saved' ? 'content.capture.saved' : 'content.capture.updated')}
      </span>
    );
  }
  return (
    <form
      class="card"
      aria-labelledby="sl-title"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => e.key === 'Escape' && setStatus('idle')}
    >
      <h2 id="sl-title">{tr('content.capture.title')}</h2>
      <p class="muted">{tr('content.capture.guessed')}</p>
      <label class="field">
        {tr('content.capture.benefit')}
        <select
          value={benefit}
          onChange={(e) => setBenefit((e.target as HTMLSelectElement).value as Benefit)}
        >
          <option value="cloud">{tr('content.benefit.cloud')}</option>
          <option value="on-premises">{tr('content.benefit.on-premises')}</option>
        </select>
      </label>
      <label class="field">
        {tr('content.capture.offer')}
        <select value={offer} onChange={(e) => setOffer((e.target as HTMLSelectElement).value as OfferId)}>
          {OFFERS.map((o) => (
            <option key={o} value={o}>
              {tr(`content.offer.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {tr('content.capture.startDate')}
        <input
          type="date"
          value={startDate}
          onInput={(e) => setStartDate((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        {tr('content.capture.endDate')}
        <input
          type="date"
          value={endDate}
          onInput={(e) => setEndDate((e.target as HTMLInputElement).value)}
        />
      </label>
      {pair.remaining !== null && (
        <p>
          {tr('content.capture.remaining', {
            count: pair.remaining === 'unlimited' ? tr('content.unlimited') : pair.remaining,
          })}
        </p>
      )}
      {pair.activateBy && <p>{tr('content.capture.activateBy', { date: pair.activateBy })}</p>}
      {status === 'failed' && <p role="alert">{tr('content.capture.failed')}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={status === 'saving'}>
          {tr('content.capture.save')}
        </button>
        <button type="button" onClick={() => setStatus('idle')}>
          {tr('content.capture.cancel')}
        </button>
      </div>
    </form>
  );
}

export const partnerCenterCapture: Feature = {
  id: ID,
  matches: (page, url) =>
    page === 'partner-center-technical-benefits' ||
    (url.hostname === 'partner.microsoft.com' && /\/benefits/i.test(url.pathname)),
  init(ctx, signal, services) {
    const doc = ctx.document;
    const tr = translator(services.locale);
    const mounted = new Map<string, Mounted>();
    const scan = () => {
      const pairs = findIdPairs(doc, services.hub.roots());
      if (!pairs.length) return;
      const pageText = visibleText(doc.body ?? doc, 20_000);
      for (const pair of pairs) {
        const key = `${pair.accessId.value}\u0000${pair.contractId.value}`;
        const existing = mounted.get(key);
        if (existing?.host.isConnected) continue;
        existing?.remove();
        const guess = {
          benefit: benefitInText(pair.sectionText) ?? benefitNamedIn(pageText) ?? 'on-premises',
          offer: offerInText(pair.sectionText) ?? offerInText(pageText) ?? 'solutions-partner',
        };
        const ui = mountUi(<CaptureUi pair={pair} guess={guess} tr={tr} services={services} />, {
          featureId: ID,
          anchor: pair.contractId.element,
          placement: 'after',
          signal,
          inline: true,
        });
        mounted.set(key, ui);
      }
    };
    services.hub.subscribe(throttle(scan, 500, signal), signal);
    scan();
  },
};
