import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ContractView, MessagePayload } from '../../messaging/protocol';
import { contractName } from '../popup/ContractCard';
import { benefitName, offerName } from '../shared/format';
import {
  calendarDate,
  cardBadges,
  fixableByEdit,
  incidentsLeft,
  invalidText,
  isNotIncluded,
  refusalText,
} from '../shared/wording';
import type { Announce } from './announce';
import { ContractForm } from './ContractForm';

export function ContractsSection({
  contracts,
  now,
  onSave,
  onDelete,
  onResolve,
  announce,
}: {
  contracts: ContractView[];
  now: number;
  onSave: (input: MessagePayload<'contracts:upsert'>) => Promise<ContractView>;
  onDelete: (id: string) => Promise<void>;
  onResolve: (id: string, action: 'retry' | 'discard') => Promise<void>;
  announce: Announce;
}) {
  const [editing, setEditing] = useState<ContractView | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  /** The last result, shown beside what caused it (list or form) and given focus. */
  const [result, setResult] = useState<{
    where: 'list' | 'form';
    key: 'contracts.deletedName' | 'contracts.savedName';
    name: string;
  } | null>(null);
  const listMessage = useRef<HTMLParagraphElement>(null);
  const formMessage = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) (result.where === 'list' ? listMessage : formMessage).current?.focus();
  }, [result]);

  const edit = (c: ContractView) => {
    setEditing(c);
    // The form is below the list: take the user (and focus) there.
    setTimeout(() => {
      formRef.current?.scrollIntoView({ block: 'start' });
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    }, 0);
  };

  return (
    <section id="contracts" aria-labelledby="contracts-title" class="panel">
      <h2 id="contracts-title">{t('contracts.heading')}</h2>
      {contracts.length === 0 ? (
        <p class="sl-muted">{t('contracts.none')}</p>
      ) : (
        <ul class="contract-list">
          {contracts.map((c) => {
            const name = contractName(c);
            return (
              <li key={c.id} class="contract-row" data-contract-id={c.id}>
                <div class="contract-facts">
                  <strong>{name}</strong>
                  <div>
                    {offerName(c.offer)} · {benefitName(c.benefit)}
                  </div>
                  <div class="sl-muted">
                    {t(c.startDateEstimated ? 'contracts.datesEstimated' : 'contracts.dates', {
                      start: calendarDate(c.startDate),
                      end: calendarDate(c.endDate),
                    })}
                  </div>
                  <div data-testid="left">
                    {invalidText(c.state) ??
                      (isNotIncluded(c.state)
                        ? t('notice.notIncluded', { offer: offerName(c.offer) })
                        : incidentsLeft(c.state.remaining))}
                  </div>
                  <ul class="badges inline" aria-label={t('popup.statusLabel')}>
                    {cardBadges(c, now)
                      .filter((b) => b.kind !== 'not-included' && b.kind !== 'active')
                      .map((b) => (
                        <li key={b.kind} class={`sl-badge ${b.tone}`}>
                          {b.text}
                        </li>
                      ))}
                  </ul>
                  {c.sync?.refusal && (
                    <div class="sync-mark refused" data-testid="refused">
                      <p>{t('cardSync.refused', { reason: refusalText(c.sync.refusal) })}</p>
                      <div class="sl-row">
                        <button type="button" onClick={() => void onResolve(c.id, 'retry')}>
                          {t('cardSync.retry')}
                        </button>
                        {fixableByEdit(c.sync.refusal) ? (
                          <button type="button" onClick={() => edit(c)}>
                            {t('contracts.edit')}
                          </button>
                        ) : (
                          <button type="button" onClick={() => void onResolve(c.id, 'discard')}>
                            {c.sync.refusal.kind === 'contract:create'
                              ? t('cardSync.discardNew')
                              : t('cardSync.discard')}
                          </button>
                        )}
                      </div>
                    </div>
                  )}
                  <div class="ids">
                    <code>{c.accessId}</code> / <code>{c.contractId}</code>
                  </div>
                </div>
                <div class="sl-row row-actions">
                  <button
                    type="button"
                    onClick={() => edit(c)}
                    aria-label={`${t('contracts.edit')}: ${name}`}
                  >
                    {t('contracts.edit')}
                  </button>
                  {confirming === c.id ? (
                    <button
                      type="button"
                      class="danger"
                      onClick={async () => {
                        await onDelete(c.id);
                        setConfirming(null);
                        if (editing?.id === c.id) setEditing(null);
                        setResult({ where: 'list', key: 'contracts.deletedName', name });
                        announce({ key: 'contracts.deletedName', params: { name } });
                      }}
                      aria-label={`${t('contracts.confirmDelete')}: ${name}`}
                    >
                      {t('contracts.confirmDelete')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      class="danger"
                      onClick={() => setConfirming(c.id)}
                      aria-label={`${t('contracts.delete')}: ${name}`}
                    >
                      {t('contracts.delete')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p ref={listMessage} tabIndex={-1} class="sl-success list-message" data-testid="list-message">
        {result?.where === 'list' ? t(result.key, { name: result.name }) : ''}
      </p>
      <div ref={formRef}>
        <ContractForm
          key={editing?.id ?? 'new'}
          editing={editing}
          onCancel={() => setEditing(null)}
          onSave={async (input) => {
            const saved = await onSave(input);
            setEditing(null);
            const name = contractName(saved);
            setResult({ where: 'form', key: 'contracts.savedName', name });
            announce({ key: 'contracts.savedName', params: { name } });
          }}
        />
        <p ref={formMessage} tabIndex={-1} class="sl-success form-message" data-testid="form-result">
          {result?.where === 'form' ? t(result.key, { name: result.name }) : ''}
        </p>
      </div>
    </section>
  );
}
