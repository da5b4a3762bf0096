import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { ContractView, MessagePayload } from '../../messaging/protocol';
import { benefitName, offerName, remainingText } from '../shared/format';
import { ContractForm } from './ContractForm';

export function ContractsSection({
  contracts,
  onSave,
  onDelete,
  announce,
}: {
  contracts: ContractView[];
  onSave: (input: MessagePayload<'contracts:upsert'>) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  announce: (message: string) => void;
}) {
  const [editing, setEditing] = useState<ContractView | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <section id="contracts" aria-labelledby="contracts-title" class="panel">
      <h2 id="contracts-title">{t('contracts.heading')}</h2>
      {contracts.length === 0 ? (
        <p class="sl-muted">{t('contracts.none')}</p>
      ) : (
        <ul class="contract-list">
          {contracts.map((c) => {
            const name = c.label || `${offerName(c.offer)} · ${benefitName(c.benefit)}`;
            return (
              <li key={c.id} class="contract-row">
                <div>
                  <strong>{name}</strong>
                  <div class="sl-muted">
                    {benefitName(c.benefit)} · {c.startDate} – {c.endDate} ·{' '}
                    {remainingText(c.state.remaining)}
                  </div>
                  <div class="ids">
                    <code>{c.accessId}</code> / <code>{c.contractId}</code>
                  </div>
                </div>
                <div class="sl-row">
                  <button
                    type="button"
                    onClick={() => setEditing(c)}
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
                        announce(t('contracts.deleted'));
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
      <ContractForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onCancel={() => setEditing(null)}
        onSave={async (input) => {
          await onSave(input);
          setEditing(null);
          announce(t('contracts.saved'));
        }}
      />
    </section>
  );
}
