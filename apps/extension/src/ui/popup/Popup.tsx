import type { UiLocale } from '@supportlink/rules';
import { canWrite, composeEventNote, resolveUiLocale, UNDO_EVENT_NOTE, WRITE_ROLE } from '@supportlink/rules';
import { useEffect, useState } from 'preact/hooks';
import { setLocale, t } from '../../i18n';
import type { ContractView, SyncStatus } from '../../messaging/protocol';
import type { HostAccess } from '../../permissions/host-access';
import type { PopupCache } from '../../storage/items';
import { HostAccessNotice } from '../shared/HostAccessNotice';
import { LiveRegion } from '../shared/LiveRegion';
import { syncText } from '../shared/sync-text';
import { incidentsLeft } from '../shared/wording';
import type { PopupApi } from './api';
import { type CardActions, ContractCard, contractName } from './ContractCard';
import { EmptyState } from './EmptyState';
import { popupOrder } from './popup-order';

export interface PopupProps {
  initial: PopupCache | null;
  browserLanguage: string;
  api: PopupApi;
  now?: () => number;
  /** Portal site access (tests pass a fake). */
  hostAccess?: HostAccess;
}

/** In sync mode, the team role decides (the rules' canWrite): a viewer is told why writes are off. */
function readOnlyReason(status: SyncStatus | null): string | null {
  const role = status?.mode === 'sync' ? status.role : null;
  if (!role || canWrite(role)) return null;
  return t('popup.readOnly', { role: t(`role.${role}`), needed: t(`role.${WRITE_ROLE}`) });
}

function focusCard(contractId: string): void {
  const card = document.querySelector<HTMLElement>(`[data-contract-id="${CSS.escape(contractId)}"]`);
  card?.scrollIntoView({ block: 'nearest' });
  card?.focus();
}

export function Popup({ initial, browserLanguage, api, now = Date.now, hostAccess }: PopupProps) {
  const [contracts, setContracts] = useState<ContractView[] | null>(initial?.contracts ?? null);
  const [status, setStatus] = useState<SyncStatus | null>(initial?.status ?? null);
  const [language] = useState<UiLocale | null>(initial?.language ?? null);
  const [announcement, setAnnouncement] = useState('');
  setLocale(resolveUiLocale(language, browserLanguage));

  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const list = await api.list();
      if (alive) setContracts(list);
    };
    (async () => {
      if (!initial) await refresh().catch(() => alive && setContracts([]));
      if (!initial?.status) setStatus(await api.status().catch(() => null));
      const synced = await api.sync().catch(() => null);
      if (!alive) return;
      if (synced) setStatus(synced);
      await refresh().catch(() => undefined);
    })();
    return () => {
      alive = false;
    };
  }, [api, initial]);

  const announce = (message: string) => {
    // Clear first so repeating the same message is announced again.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(message), 50);
  };

  const replace = (updated: ContractView) =>
    setContracts((list) => (list ?? []).map((x) => (x.id === updated.id ? updated : x)));

  const failed = (error: unknown) =>
    announce(t('popup.actionFailed', { error: error instanceof Error ? error.message : String(error) }));

  /** Appends to the ledger; the card shows the confirmation beside its buttons, the live region speaks it. */
  const act = async (
    c: ContractView,
    type: 'opened' | 'refunded',
    note: string | null,
    spoken: 'popup.logged' | 'popup.refunded' | 'popup.undoneFor',
  ): Promise<ContractView | null> => {
    try {
      const updated = await api.append(c.id, type, note);
      replace(updated);
      // The change is now waiting for the team server: the status line must say so, not stay "Synced".
      void api
        .status()
        .then(setStatus)
        .catch(() => undefined);
      announce(`${t(spoken, { name: contractName(c) })}: ${incidentsLeft(updated.state.remaining)}`);
      return updated;
    } catch (error) {
      failed(error);
      return null;
    }
  };

  const refreshAll = async () => {
    setContracts(await api.list());
    setStatus(await api.status());
  };

  const actions: CardActions = {
    copy: (text: string) => {
      void api.copy(text).then((ok) => announce(ok ? t('popup.copied') : t('popup.copyFailed')));
    },
    log: (c, details) => act(c, 'opened', composeEventNote(details.caseNumber, details.note), 'popup.logged'),
    refund: (c) => act(c, 'refunded', null, 'popup.refunded'),
    undo: (c) => act(c, 'refunded', UNDO_EVENT_NOTE, 'popup.undoneFor'),
    resolve: async (c, action) => {
      try {
        setStatus(await api.resolve(c.id, action));
        announce(t(action === 'retry' ? 'cardSync.retried' : 'cardSync.discarded'));
        await refreshAll();
        return true;
      } catch (error) {
        failed(error);
        return false;
      }
    },
    openOptions: () => api.openOptions(),
  };

  const at = now();
  const nameOf = (id: string) => {
    const c = contracts?.find((x) => x.id === id);
    return c ? contractName(c) : null;
  };
  const readOnly = readOnlyReason(status);
  const firstRefused = status?.refusedContractIds?.find((id) => nameOf(id) !== null) ?? null;
  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-head">
        <h1 id="popup-title">{t('popup.title')}</h1>
        <button type="button" onClick={() => api.openOptions()}>
          {t('popup.openOptions')}
        </button>
      </header>
      <HostAccessNotice access={hostAccess} />
      {contracts === null ? null : contracts.length === 0 ? (
        <EmptyState onOpenOptions={() => api.openOptions()} />
      ) : (
        <section aria-label={t('popup.contractsLabel')} class="cards">
          {popupOrder(contracts, at).map((c) => (
            <ContractCard key={c.id} contract={c} now={at} actions={actions} readOnly={readOnly} />
          ))}
        </section>
      )}
      <footer class="popup-foot">
        <p class={status?.refused ? 'sync-line refused' : 'sl-muted sync-line'} data-testid="sync-status">
          {syncText(status, at, nameOf)}
        </p>
        {firstRefused && (
          <button type="button" class="link" onClick={() => focusCard(firstRefused)}>
            {t('popup.showContract', { name: nameOf(firstRefused) ?? '' })}
          </button>
        )}
      </footer>
      <LiveRegion message={announcement} />
    </main>
  );
}
