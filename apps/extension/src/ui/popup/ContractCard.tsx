import { EVENT_NOTE_MAX, FEW_INCIDENTS_LEFT } from '@supportlink/rules';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, type Params, t } from '../../i18n';
import type { ContractView } from '../../messaging/protocol';
import { benefitName, offerName, remainingText } from '../shared/format';
import {
  calendarDate,
  cardBadges,
  fixableByEdit,
  invalidText,
  isNotIncluded,
  plural,
  refusalText,
  seenText,
} from '../shared/wording';
import { ForecastLine } from './ForecastLine';

/** How long "Undo" stays beside "Log an incident". */
export const UNDO_MS = 8_000;

export interface LogDetails {
  caseNumber: string;
  note: string;
}

export interface CardActions {
  copy: (text: string) => void;
  log: (contract: ContractView, details: LogDetails) => Promise<ContractView | null>;
  refund: (contract: ContractView) => Promise<ContractView | null>;
  /** Takes back the incident just logged (a refund of it: the ledger is append-only). */
  undo: (contract: ContractView) => Promise<ContractView | null>;
  resolve: (contract: ContractView, action: 'retry' | 'discard') => Promise<boolean>;
  openOptions: () => void;
}

export function contractName(c: ContractView): string {
  return c.label?.trim() || `${offerName(c.offer)} · ${benefitName(c.benefit)}`;
}

interface Confirmation {
  key: MessageKey;
  params: Params;
  undo: boolean;
}

function remainingOf(c: ContractView): string {
  return remainingText(c.state.remaining);
}

export function ContractCard({
  contract: c,
  now,
  actions,
  readOnly = null,
}: {
  contract: ContractView;
  now: number;
  actions: CardActions;
  /** Why this user may not write (their team role says so), or null when they may. */
  readOnly?: string | null;
}) {
  const name = contractName(c);
  const headingId = `contract-${c.id}`;
  const readOnlyId = `read-only-${c.id}`;
  // Still focusable (aria-disabled, not disabled) so a keyboard or screen-reader user hears why.
  const writeProps = readOnly ? { 'aria-disabled': true, 'aria-describedby': readOnlyId } : {};
  const notIncluded = isNotIncluded(c.state);
  const invalid = invalidText(c.state);
  const urgent =
    c.state.usable && typeof c.state.remaining === 'number' && c.state.remaining <= FEW_INCIDENTS_LEFT;
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [details, setDetails] = useState<LogDetails>({ caseNumber: '', note: '' });
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const confirm = (next: Confirmation) => {
    if (timer.current) clearTimeout(timer.current);
    setConfirmation(next);
    timer.current = setTimeout(() => setConfirmation(null), UNDO_MS);
  };

  const run = async (work: () => Promise<ContractView | null>, key: MessageKey, undo: boolean) => {
    setBusy(true);
    try {
      const updated = await work();
      if (updated) confirm({ key, params: { remaining: remainingOf(updated) }, undo });
      return updated;
    } finally {
      setBusy(false);
    }
  };

  const log = async () => {
    const updated = await run(() => actions.log(c, details), 'popup.loggedLeft', true);
    if (updated) setDetails({ caseNumber: '', note: '' });
  };

  return (
    <article class="card" aria-labelledby={headingId} data-contract-id={c.id} tabIndex={-1}>
      <header class="card-head">
        <h2 id={headingId} class="card-title">
          {name}
        </h2>
        <ul class="badges" aria-label={t('popup.statusLabel')}>
          {cardBadges(c, now)
            .filter((b) => b.kind !== 'not-included')
            .map((b) => (
              <li key={b.kind} class={`sl-badge ${b.tone}`} data-notice={b.kind}>
                {b.text}
              </li>
            ))}
        </ul>
      </header>
      {invalid !== null ? (
        <p class="count invalid" data-testid="remaining">
          {invalid}
        </p>
      ) : notIncluded ? (
        <p class="count not-included" data-testid="remaining">
          {t('notice.notIncluded', { offer: offerName(c.offer) })}
        </p>
      ) : (
        <p class={`count${urgent ? ' urgent' : ''}`} data-testid="remaining">
          <span class="count-number">{remainingText(c.state.remaining)}</span>{' '}
          {c.state.remaining !== 'unlimited' && <span class="count-label">{t('popup.remaining')}</span>}
        </p>
      )}
      <ForecastLine contract={c} now={now} />
      <p class="meta">
        {benefitName(c.benefit)} · {offerName(c.offer)} ·{' '}
        {t('popup.endsOnDate', { date: calendarDate(c.endDate) })}
        {c.startDateEstimated && <> · {t('popup.startEstimated')}</>}
      </p>
      <p class="meta sl-muted" data-testid="seen">
        {seenText(c.state, now)}
      </p>
      <SyncMark contract={c} actions={actions} />
      <div class="sl-row">
        <button
          type="button"
          onClick={() => actions.copy(c.accessId)}
          aria-label={`${t('popup.copyAccessId')}: ${name}`}
        >
          {t('popup.copyAccessId')}
        </button>
        <button
          type="button"
          onClick={() => actions.copy(c.contractId)}
          aria-label={`${t('popup.copyContractId')}: ${name}`}
        >
          {t('popup.copyContractId')}
        </button>
      </div>
      {c.state.usable && !readOnly && (
        <details class="log-details">
          <summary>{t('popup.details')}</summary>
          <div class="log-fields">
            <label>
              {t('popup.caseNumber')}
              <input
                value={details.caseNumber}
                maxLength={40}
                autocomplete="off"
                spellcheck={false}
                onInput={(e) => setDetails((d) => ({ ...d, caseNumber: e.currentTarget.value }))}
              />
            </label>
            <label>
              {t('popup.note')}
              <input
                value={details.note}
                maxLength={EVENT_NOTE_MAX - 60}
                onInput={(e) => setDetails((d) => ({ ...d, note: e.currentTarget.value }))}
              />
            </label>
          </div>
        </details>
      )}
      <div class="sl-row actions">
        <button
          type="button"
          class="primary"
          onClick={() => !readOnly && void log()}
          disabled={!c.state.usable || busy}
          {...writeProps}
          aria-label={`${t('popup.logIncident')}: ${name}`}
        >
          {t('popup.logIncident')}
        </button>
        <button
          type="button"
          onClick={() => !readOnly && void run(() => actions.refund(c), 'popup.refundedLeft', false)}
          disabled={c.state.refundable === 0 || busy}
          {...writeProps}
          title={c.state.refundable === 0 ? t('popup.refundNone') : undefined}
          aria-label={`${t('popup.refund')}: ${name}`}
        >
          {t('popup.refund')}
        </button>
        {readOnly && (
          <span id={readOnlyId} class="meta sl-muted" data-testid="read-only">
            {readOnly}
          </span>
        )}
        {confirmation && (
          <span class="confirm" data-testid="card-confirmation">
            {t(confirmation.key, confirmation.params)}
          </span>
        )}
        {confirmation?.undo && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => actions.undo(c), 'popup.undone', false)}
            aria-label={`${t('popup.undo')}: ${name}`}
          >
            {t('popup.undo')}
          </button>
        )}
      </div>
    </article>
  );
}

/** What the team server has not got yet: waiting (with attempts) or refused (with the reason). */
function SyncMark({ contract: c, actions }: { contract: ContractView; actions: CardActions }) {
  const mark = c.sync;
  if (!mark) return null;
  if (mark.refusal) {
    const fixable = fixableByEdit(mark.refusal);
    const discard =
      mark.refusal.kind === 'contract:create' ? t('cardSync.discardNew') : t('cardSync.discard');
    return (
      <div class="sync-mark refused" data-testid="refused">
        <p>{t('cardSync.refused', { reason: refusalText(mark.refusal) })}</p>
        <div class="sl-row">
          <button type="button" onClick={() => void actions.resolve(c, 'retry')}>
            {t('cardSync.retry')}
          </button>
          {fixable ? (
            <button type="button" onClick={actions.openOptions}>
              {t('cardSync.fix')}
            </button>
          ) : (
            <button type="button" onClick={() => void actions.resolve(c, 'discard')}>
              {discard}
            </button>
          )}
        </div>
      </div>
    );
  }
  if (mark.pending === 0) return null;
  return (
    <p class="meta sync-mark waiting" data-testid="waiting">
      {mark.attempts > 0 ? plural('cardSync.tried', mark.attempts) : t('cardSync.waiting')}
    </p>
  );
}
