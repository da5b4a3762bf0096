import { t } from '../../i18n';
import type { ContractView } from '../../messaging/protocol';
import { benefitName, expiryText, offerName, relativeTime, remainingText } from '../shared/format';

export interface CardActions {
  copy: (text: string) => void;
  log: (contract: ContractView) => void;
  refund: (contract: ContractView) => void;
}

function stateBadges(c: ContractView) {
  const badges: { text: string; tone: 'bad' | 'warn' | 'ok' }[] = [];
  if (c.state.state === 'expired') badges.push({ text: t('state.expired'), tone: 'bad' });
  else if (c.state.state === 'exhausted') badges.push({ text: t('state.exhausted'), tone: 'bad' });
  else if (c.state.state === 'not-started') badges.push({ text: t('state.not-started'), tone: 'warn' });
  else badges.push({ text: t('state.active'), tone: 'ok' });
  if (c.state.hiddenInAzure && c.benefit === 'cloud')
    badges.push({ text: t('state.hiddenInAzure'), tone: 'warn' });
  if (c.state.confidence === 'unverified') badges.push({ text: t('state.unverified'), tone: 'warn' });
  return badges;
}

export function contractName(c: ContractView): string {
  return c.label?.trim() || `${offerName(c.offer)} · ${benefitName(c.benefit)}`;
}

export function ContractCard({
  contract: c,
  now,
  actions,
}: {
  contract: ContractView;
  now: number;
  actions: CardActions;
}) {
  const name = contractName(c);
  const headingId = `contract-${c.id}`;
  const seen = c.state.observedAt ?? c.syncedAt;
  const urgent = c.state.usable && typeof c.state.remaining === 'number' && c.state.remaining <= 2;
  return (
    <article class="card" aria-labelledby={headingId} data-contract-id={c.id}>
      <header class="card-head">
        <h2 id={headingId} class="card-title">
          {name}
        </h2>
        <ul class="badges" aria-label={t('popup.statusLabel')}>
          {stateBadges(c).map((b) => (
            <li key={b.text} class={`sl-badge ${b.tone}`}>
              {b.text}
            </li>
          ))}
        </ul>
      </header>
      <p class={`count${urgent ? ' urgent' : ''}`} data-testid="remaining">
        <span class="count-number">{remainingText(c.state.remaining)}</span>{' '}
        {c.state.remaining !== 'unlimited' && <span class="count-label">{t('popup.remaining')}</span>}
      </p>
      <p class="meta">
        {benefitName(c.benefit)} · {offerName(c.offer)} · {expiryText(c.state)}
      </p>
      <p class="meta sl-muted">
        {c.state.observedAt
          ? t('popup.observed', { time: relativeTime(c.state.observedAt, now) })
          : seen
            ? t('popup.synced', { time: relativeTime(seen, now) })
            : t('popup.notConfirmed')}
      </p>
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
      <div class="sl-row">
        <button
          type="button"
          class="primary"
          onClick={() => actions.log(c)}
          disabled={!c.state.usable}
          aria-label={`${t('popup.logIncident')}: ${name}`}
        >
          {t('popup.logIncident')}
        </button>
        <button type="button" onClick={() => actions.refund(c)} aria-label={`${t('popup.refund')}: ${name}`}>
          {t('popup.refund')}
        </button>
      </div>
    </article>
  );
}
