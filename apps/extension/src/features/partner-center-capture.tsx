/**
 * Partner Center technical benefits (old and v2 pages): beside the Access ID and Contract ID
 * shown after activation, offer "Save to SupportLink". The rules read the page (in the
 * background, `capture:propose`): benefit and offer from its words, else the user chooses;
 * dates from its labels, a missing start date estimated from the end date and marked so; the
 * problems `validateContract` finds are shown before saving. A pair already saved shows
 * "Saved in SupportLink" and offers an update when the page shows a newer count or end date.
 */
import {
  BENEFITS,
  type Benefit,
  type CaptureChoices,
  type CaptureProposal,
  type CaptureSnapshot,
  type CompetencyCategory,
  type OfferId,
  type Proposed,
  partnerCenterArea,
  type UiLocale,
} from '@supportlink/rules';
import { useEffect, useState } from 'preact/hooks';
import { visibleText } from '../dom/text';
import { type CaptureKey, captureEn } from '../i18n/catalogs/capture.en';
import { captureZhCN } from '../i18n/catalogs/capture.zh-CN';
import type { CapturedContract } from '../messaging/protocol';
import { type Tr as ContentTr, translatorWith } from '../ui/inject/components';
import { type Mounted, mountUi } from '../ui/inject/mount';
import { findIdPairs, type IdPair } from './id-pairs';
import { throttle } from './throttle';
import type { Feature, Services } from './types';

export const ID = 'partner-center-capture';

type Tr = (key: Parameters<ContentTr>[0] | CaptureKey, params?: Record<string, string | number>) => string;

const COMPETENCY_OPTIONS = ['cloud', 'other', 'unknown'] as const;

type Phase = 'loading' | 'idle' | 'open' | 'saving' | 'saved' | 'failed';

interface Proposal {
  proposal: CaptureProposal;
  problemTexts: string[];
}

/** The page as plain text for the rules: the pair, the block's labelled values and its words. */
export function snapshotOf(pair: IdPair, pageText: string, locale: string | null): CaptureSnapshot {
  return {
    accessId: pair.accessId.value,
    contractId: pair.contractId.value,
    fields: pair.fields,
    sectionText: pair.sectionText,
    pageText,
    locale,
  };
}

/** The save message for a proposal whose contract `validateContract` accepted. */
export function capturedFrom(proposal: CaptureProposal): CapturedContract | null {
  const c = proposal.contract;
  if (!c) return null;
  return {
    accessId: c.accessId,
    contractId: c.contractId,
    benefit: c.benefit,
    offer: c.offer,
    ruleset: c.ruleset,
    competency: c.competency,
    startDate: c.startDate,
    endDate: c.endDate,
    startDateEstimated: c.startDateEstimated,
    allotmentOverride: c.allotmentOverride,
    observedRemaining: proposal.remaining,
  };
}

function countText(count: number | 'unlimited' | null, tr: Tr): string {
  return count === 'unlimited' ? tr('content.unlimited') : String(count ?? '—');
}

/** Where a value came from, for the line under its field. */
function origin<T>(value: Proposed<T>, proposal: CaptureProposal, tr: Tr, unknown: string): string | null {
  switch (value.origin) {
    case 'page':
      return tr('content.capture.fromPage');
    case 'pack':
      return tr('content.capture.fromPack', { name: proposal.pack?.label ?? '' });
    case 'saved':
      return tr('content.capture.fromSaved');
    case 'estimated':
      return tr('content.capture.startEstimated');
    case 'choice':
      return null;
    default:
      return unknown;
  }
}

function Hint({ id, text }: { id: string; text: string | null }) {
  return text ? (
    <span id={id} class="muted">
      {text}
    </span>
  ) : null;
}

/** A required choice; "Choose…" stands first while the page and the user have not settled it. */
function ChoiceField(props: {
  id: string;
  label: string;
  value: Proposed<string>;
  options: ReadonlyArray<readonly [string, string]>;
  hint: string | null;
  choose: string;
  onChoose: (value: string | null) => void;
}) {
  return (
    <label class="field">
      {props.label}
      <select
        value={props.value.value ?? ''}
        required
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChoose((e.target as HTMLSelectElement).value || null)}
      >
        {props.value.value === null && <option value="">{props.choose}</option>}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Hint id={`${props.id}-hint`} text={props.hint} />
    </label>
  );
}

function DateField(props: {
  id: string;
  label: string;
  value: string | null;
  hint: string | null;
  onChoose: (value: string | null) => void;
}) {
  return (
    <label class="field">
      {props.label}
      <input
        type="date"
        value={props.value ?? ''}
        required
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChoose((e.target as HTMLInputElement).value || null)}
      />
      <Hint id={`${props.id}-hint`} text={props.hint} />
    </label>
  );
}

function CaptureForm(props: {
  data: Proposal;
  update: boolean;
  phase: Phase;
  tr: Tr;
  onChoose: (choices: CaptureChoices) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { data, tr, phase } = props;
  const { proposal } = data;
  const errors = proposal.problems.some((p) => p.severity === 'error');
  const estimated = proposal.startDate.origin === 'estimated';
  return (
    <form
      class="card"
      aria-labelledby="sl-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!errors) props.onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <h2 id="sl-title">{tr(props.update ? 'content.capture.updateTitle' : 'content.capture.title')}</h2>
      <ChoiceField
        id="sl-benefit"
        label={tr('content.capture.benefit')}
        value={proposal.benefit}
        options={BENEFITS.map((b) => [b, tr(`content.benefit.${b}`)] as const)}
        hint={origin(proposal.benefit, proposal, tr, tr('content.capture.benefitUnknown'))}
        choose={tr('content.capture.choose')}
        onChoose={(benefit) => props.onChoose({ benefit: benefit as Benefit | null })}
      />
      <ChoiceField
        id="sl-offer"
        label={tr('content.capture.offer')}
        value={proposal.offer}
        options={proposal.offerOptions.map((o) => [o, tr(`content.offer.${o}`)] as const)}
        hint={origin(proposal.offer, proposal, tr, tr('content.capture.offerUnknown'))}
        choose={tr('content.capture.choose')}
        onChoose={(offer) => props.onChoose({ offer: offer as OfferId | null })}
      />
      {proposal.competencyNeeded && (
        <ChoiceField
          id="sl-competency"
          label={tr('content.capture.competency')}
          value={{
            // A null choice is "not sure"; only no choice at all leaves the field open.
            value: proposal.competency.origin ? (proposal.competency.value ?? 'unknown') : null,
            origin: proposal.competency.origin,
          }}
          options={COMPETENCY_OPTIONS.map((c) => [c, tr(`content.capture.competency.${c}`)] as const)}
          hint={proposal.competency.origin ? null : tr('content.capture.competencyUnknown')}
          choose={tr('content.capture.choose')}
          onChoose={(value) =>
            props.onChoose({ competency: value === 'unknown' ? null : (value as CompetencyCategory | null) })
          }
        />
      )}
      <DateField
        id="sl-start"
        label={tr(estimated ? 'content.capture.startDateEstimated' : 'content.capture.startDate')}
        value={proposal.startDate.value}
        hint={origin(proposal.startDate, proposal, tr, tr('content.capture.startMissing'))}
        onChoose={(startDate) => props.onChoose({ startDate })}
      />
      <DateField
        id="sl-end"
        label={tr('content.capture.endDate')}
        value={proposal.endDate.value}
        hint={origin(proposal.endDate, proposal, tr, tr('content.capture.endMissing'))}
        onChoose={(endDate) => props.onChoose({ endDate })}
      />
      {proposal.remaining !== null && (
        <p>{tr('content.capture.remaining', { count: countText(proposal.remaining, tr) })}</p>
      )}
      {proposal.activateBy && <p>{tr('content.capture.activateBy', { date: proposal.activateBy })}</p>}
      <div aria-live="polite">
        {data.problemTexts.length > 0 && (
          <ul class="list" aria-label={tr('content.capture.problems')}>
            {data.problemTexts.map((text, i) => (
              <li key={text} class={proposal.problems[i]?.severity === 'error' ? 'note' : 'muted'}>
                {text}
              </li>
            ))}
          </ul>
        )}
      </div>
      {phase === 'failed' && <p role="alert">{tr('content.capture.failed')}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={errors || phase === 'saving'}>
          {tr(props.update ? 'content.capture.updateSave' : 'content.capture.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {tr('content.capture.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Saved in SupportLink", and what the page shows that is newer than the saved contract. */
function SavedBadge(props: { data: Proposal; tr: Tr; onUpdate: () => void }) {
  const { tr } = props;
  const { proposal } = props.data;
  const saved = proposal.saved;
  if (!saved) return null;
  return (
    <span role="status">
      <span class="badge ok">{tr('content.capture.inSupportLink')}</span>
      {saved.newer.includes('remaining') && (
        <span class="muted">
          {' '}
          {tr('content.capture.newerRemaining', {
            count: countText(proposal.remaining, tr),
            saved: countText(saved.remaining, tr),
          })}
        </span>
      )}
      {saved.newer.includes('endDate') && (
        <span class="muted">
          {' '}
          {tr('content.capture.newerEndDate', { date: proposal.endDate.value ?? '', saved: saved.endDate })}
        </span>
      )}
      {saved.newer.length > 0 && (
        <button type="button" onClick={props.onUpdate}>
          {tr('content.capture.update')}
        </button>
      )}
    </span>
  );
}

function CaptureUi(props: { snapshot: CaptureSnapshot; tr: Tr; locale: UiLocale; services: Services }) {
  const { snapshot, tr, locale, services } = props;
  const [phase, setPhase] = useState<Phase>('loading');
  const [choices, setChoices] = useState<CaptureChoices>({});
  const [data, setData] = useState<Proposal | null>(null);
  const [result, setResult] = useState<{ created: boolean; estimated: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    services
      .send('capture:propose', { snapshot, choices, locale })
      .then((reply) => {
        if (!live) return;
        setData(reply);
        setPhase((p) => (p === 'loading' ? 'idle' : p));
      })
      .catch((error: unknown) => {
        services.log(ID, 'reading the page failed', error);
        if (live) setPhase('failed');
      });
    return () => {
      live = false;
    };
  }, [snapshot, choices, locale, services]);

  const save = async () => {
    const payload = data && capturedFrom(data.proposal);
    if (!payload || !data) return;
    setPhase('saving');
    try {
      const { created } = await services.send('contracts:save-captured', payload);
      setResult({ created, estimated: data.proposal.startDate.origin === 'estimated' });
      setPhase('saved');
    } catch (error) {
      services.log(ID, 'save failed', error);
      setPhase('failed');
    }
  };

  if (phase === 'saved' && result) {
    return (
      <span class="badge ok" role="status">
        {tr(result.created ? 'content.capture.saved' : 'content.capture.updated')}
        {result.estimated && ` ${tr('content.capture.savedEstimated')}`}
      </span>
    );
  }
  if (!data) {
    return phase === 'failed' ? (
      <span role="alert" class="note">
        {tr('content.capture.failed')}
      </span>
    ) : null;
  }
  const update = data.proposal.saved !== null;
  if (phase === 'idle') {
    return update ? (
      <SavedBadge data={data} tr={tr} onUpdate={() => setPhase('open')} />
    ) : (
      <button type="button" class="primary" onClick={() => setPhase('open')}>
        {tr('content.saveToSupportLink')}
      </button>
    );
  }
  return (
    <CaptureForm
      data={data}
      update={update}
      phase={phase}
      tr={tr}
      onChoose={(change) => setChoices((c) => ({ ...c, ...change }))}
      onSave={() => void save()}
      onCancel={() => {
        setChoices({});
        setPhase('idle');
      }}
    />
  );
}

export const partnerCenterCapture: Feature = {
  id: ID,
  matches: (page, url) =>
    page === 'partner-center-technical-benefits' || partnerCenterArea(url.href) === 'benefits',
  init(ctx, signal, services) {
    const doc = ctx.document;
    const tr: Tr = translatorWith(services.locale, captureEn, captureZhCN);
    const mounted = new Map<string, Mounted>();
    const scan = () => {
      const pairs = findIdPairs(doc, services.hub.roots());
      if (!pairs.length) return;
      const pageText = visibleText(doc.body ?? doc, 20_000);
      const pageLocale = doc.documentElement.lang || null;
      for (const pair of pairs) {
        const key = `${pair.accessId.value}\u0000${pair.contractId.value}`;
        const existing = mounted.get(key);
        if (existing?.host.isConnected) continue;
        existing?.remove();
        const snapshot = snapshotOf(pair, pageText, pageLocale);
        const ui = mountUi(
          <CaptureUi snapshot={snapshot} tr={tr} locale={services.locale} services={services} />,
          { featureId: ID, anchor: pair.contractId.element, placement: 'after', signal, inline: true },
        );
        mounted.set(key, ui);
      }
    };
    services.hub.subscribe(throttle(scan, 500, signal), signal);
    scan();
  },
};
