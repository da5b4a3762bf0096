/**
 * The background's message handlers: contract store operations, settings, sync and team.
 * Every write goes through `withLock`, refreshes the popup cache and badge, queues the
 * change for the sync server (in sync mode) and nudges the engine.
 */
import { diagnose, guidance, isDismissButton, messageCatalogData, resolveUiLocale } from '@supportlink/rules';
import { setLocale, t } from '../i18n';
import { contentZhCN } from '../i18n/catalogs/content.zh-CN';
import type { ContractView, Settings, StoredContract } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import * as store from '../storage/contracts';
import {
  contractsItem,
  popupCacheItem,
  pushQueueItem,
  settingsItem,
  syncStateItem,
  syncTokenItem,
} from '../storage/items';
import { withLock } from '../storage/lock';
import { enqueue, type MutationInput } from '../storage/queue';
import { exportContracts, ImportRowsError, mergeImport, parseExport, refusalsOf } from '../storage/transfer';
import { contractFields } from '../storage/types';
import { ApiClient, ApiError, type FetchLike, normalizeServerUrl, ServerUrlError } from '../sync/api-client';
import { testConnection } from '../sync/connection-test';
import { describeConnection } from '../sync/connection-text';
import { readStatus, resetSyncState, resolveRefused, type SyncEngine } from '../sync/engine';
import { syncMarks } from '../sync/queue-state';
import { INJECTED_CSS } from '../ui/inject/styles';
import { type BadgeSpec, badgeFor } from './badge';

export interface ServiceDeps {
  engine: SyncEngine;
  now?: () => number;
  fetch?: FetchLike;
  setBadge?: (badge: BadgeSpec, title: string) => Promise<void>;
  browserLanguage?: () => string;
  /** What happens after a local write; by default a sync run (which does nothing in local mode). */
  afterWrite?: () => void;
  /** This extension's origin (`chrome-extension://…`, `moz-extension://…`), for the CORS line. */
  extensionOrigin?: () => string;
  /** Whether the browser holds the host permission for a server URL. */
  hasHostPermission?: (serverUrl: string) => Promise<boolean>;
}

export function createService(deps: ServiceDeps) {
  const now = deps.now ?? Date.now;
  const afterWrite = deps.afterWrite ?? (() => void deps.engine.sync('write').catch(() => undefined));
  const browserLanguage = deps.browserLanguage ?? (() => globalThis.navigator?.language ?? 'en');

  /** The contracts with their rules state and, in sync mode, what the push queue holds for each. */
  async function views(): Promise<ContractView[]> {
    const at = now();
    const [list, settings, queue] = await Promise.all([
      contractsItem.getValue(),
      settingsItem.getValue(),
      pushQueueItem.getValue(),
    ]);
    const marks = settings.mode === 'sync' ? syncMarks(queue) : new Map();
    return list.map((c) => withMark(store.toView(c, at), marks.get(c.id)));
  }

  async function refresh(): Promise<ContractView[]> {
    const [contracts, settings, status] = await Promise.all([views(), settingsItem.getValue(), readStatus()]);
    await popupCacheItem.setValue({ contracts, status, language: settings.language, at: now() });
    if (deps.setBadge) {
      setLocale(resolveUiLocale(settings.language, browserLanguage()));
      const badge = badgeFor(contracts);
      const title = badge.text ? t('badge.title', { count: badge.text }) : t('app.name');
      await deps.setBadge(badge, title);
    }
    return contracts;
  }

  /** Applies a change to the contract list under the lock, queues it for the server, refreshes. */
  async function write<R extends { list: StoredContract[] }>(
    change: (list: StoredContract[]) => R,
    mutations: (result: R, before: StoredContract[]) => MutationInput[],
  ): Promise<R> {
    const result = await withLock(async () => {
      const before = await contractsItem.getValue();
      const r = change(before);
      await contractsItem.setValue(r.list);
      const settings = await settingsItem.getValue();
      if (settings.mode === 'sync') await enqueue(mutations(r, before), now());
      return r;
    });
    await refresh();
    afterWrite();
    return result;
  }

  async function view(id: string): Promise<ContractView> {
    const found = (await views()).find((c) => c.id === id);
    if (!found) throw new Error('Unknown contract');
    return found;
  }

  /** The saved server address, normalised like a typed one, or null. */
  async function savedServer(): Promise<string | null> {
    const { serverUrl } = await settingsItem.getValue();
    if (!serverUrl) return null;
    try {
      return normalizeServerUrl(serverUrl);
    } catch {
      return null;
    }
  }

  async function client(): Promise<ApiClient> {
    const [settings, token] = await Promise.all([settingsItem.getValue(), syncTokenItem.getValue()]);
    if (settings.mode !== 'sync' || !settings.serverUrl || !token) throw new Error(t('team.needsServer'));
    return new ApiClient(settings.serverUrl, token, deps.fetch);
  }

  const handlers: Handlers = {
    'contracts:list': async () => ({ contracts: await views() }),

    'contracts:save-captured': async (captured) => {
      const r = await write(
        (list) => store.saveCaptured(list, captured, now()),
        (r, before) => {
          if (r.created) {
            return [
              { kind: 'contract:create', contractId: r.contract.id },
              ...eventMutation(r.contract.id, r.observed?.id),
            ];
          }
          const old = before.find((c) => c.id === r.contract.id);
          const changed =
            old && JSON.stringify(contractFields(old)) !== JSON.stringify(contractFields(r.contract));
          return [
            ...(old && changed
              ? [{ kind: 'contract:update' as const, contractId: old.id, base: contractFields(old) }]
              : []),
            ...eventMutation(r.contract.id, r.observed?.id),
          ];
        },
      );
      return { contract: await view(r.contract.id), created: r.created };
    },

    'capture:propose': async (request) =>
      store.proposeForPage(await contractsItem.getValue(), request, now()),

    'contracts:upsert': async (input) => {
      const r = await write(
        (list) => store.upsert(list, input, now()),
        (r, before) => {
          if (r.created) return [{ kind: 'contract:create', contractId: r.contract.id }];
          const old = before.find((c) => c.id === r.contract.id);
          return old
            ? [{ kind: 'contract:update', contractId: r.contract.id, base: contractFields(old) }]
            : [];
        },
      );
      return { contract: await view(r.contract.id) };
    },

    'contracts:delete': async ({ id }) => {
      await write(
        (list) => store.remove(list, id),
        (r) => (r.removed ? [{ kind: 'contract:delete', contractId: id, version: r.removed.version }] : []),
      );
      return { ok: true };
    },

    'events:append': async (payload) => {
      try {
        const r = await write(
          (list) => store.appendEvent(list, payload, now()),
          (r) => (r.duplicate ? [] : eventMutation(r.contract.id, r.event.id)),
        );
        return { contract: await view(r.contract.id) };
      } catch (error) {
        if (!(error instanceof store.NothingToRefundError)) throw error;
        setLocale(resolveUiLocale((await settingsItem.getValue()).language, browserLanguage()));
        throw new Error(t('popup.refundNone'));
      }
    },

    'links:record': async ({ contractId, portal, account, via }) => {
      if (via && isDismissButton(via)) return { contract: await view(contractId), recorded: false };
      const r = await write(
        (list) => store.recordLink(list, contractId, portal, account, now()),
        (r) => [{ kind: 'link:put', contractId: r.contract.id, portal, account: r.link.account }],
      );
      return { contract: await view(r.contract.id), recorded: true };
    },

    'settings:get': async () => ({ settings: await settingsItem.getValue() }),

    'settings:set': async (patch) => {
      const settings = await withLock(async () => {
        const current = await settingsItem.getValue();
        // Mode and server go through sync:configure, which also handles the token and permissions.
        const next: Settings = {
          ...current,
          language: patch.language === undefined ? current.language : patch.language,
          autoFill: patch.autoFill ?? current.autoFill,
          dismissedHelp: patch.dismissedHelp ?? current.dismissedHelp,
        };
        await settingsItem.setValue(next);
        return next;
      });
      await refresh();
      return { settings };
    },

    'sync:now': async () => ({ status: await deps.engine.sync('manual') }),
    'sync:status': async () => ({ status: await readStatus() }),

    'sync:configure': async ({ mode, serverUrl, token }) => {
      const url = mode === 'sync' ? serverAddress(serverUrl ?? '') : null;
      const before = await settingsItem.getValue();
      const oldToken = await syncTokenItem.getValue();
      const settings: Settings = { ...before, mode, serverUrl: url ?? before.serverUrl };
      const serverChanged =
        url !== null && (url !== before.serverUrl || (token !== undefined && token !== oldToken));
      await settingsItem.setValue(settings);
      if (token !== undefined) await syncTokenItem.setValue(token?.trim() ? token.trim() : null);
      // A token belongs to the server it was saved for: a new address without a new token starts without one.
      else if (url !== null && before.serverUrl !== null && url !== before.serverUrl)
        await syncTokenItem.setValue(null);
      if (serverChanged || (mode === 'sync' && before.mode !== 'sync')) await resetSyncState();
      await refresh();
      const status = mode === 'sync' ? await deps.engine.sync('manual') : await readStatus();
      return { status, settings };
    },

    'sync:test': async ({ serverUrl, token }) => {
      let url: string;
      try {
        url = serverAddress(serverUrl);
      } catch (error) {
        return { ok: false, me: null, error: describeError(error) };
      }
      const typed = token?.trim() ? token.trim() : null;
      // The stored token goes only to the server it was saved for, never to an address being tried out.
      const saved = await savedServer();
      const stored = await syncTokenItem.getValue();
      const secret = typed ?? (saved === url ? stored : null);
      const report = await testConnection({
        serverUrl: url,
        token: secret,
        savedTokenElsewhere: saved !== null && saved !== url && stored !== null,
        fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
        extensionOrigin: deps.extensionOrigin?.() ?? globalThis.location?.origin ?? '',
        permitted: (await deps.hasHostPermission?.(url).catch(() => false)) ?? false,
      });
      return { ok: report.ok, me: report.me, error: report.ok ? null : describeConnection(report), report };
    },

    'sync:refused': async ({ contractId, action }) => {
      await resolveRefused(contractId, action);
      await refresh();
      afterWrite();
      return { status: await readStatus() };
    },

    'sync:conflicts': async () => ({ conflicts: (await syncStateItem.getValue()).conflicts }),
    'sync:conflicts-clear': async () => {
      await withLock(async () => {
        const state = await syncStateItem.getValue();
        await syncStateItem.setValue({ ...state, conflicts: [] });
      });
      return { ok: true };
    },

    'data:export': async () => ({ json: exportContracts(await contractsItem.getValue(), now()) }),

    'data:import': async ({ json }) => {
      let incoming: StoredContract[];
      try {
        incoming = parseExport(json, now());
      } catch (error) {
        if (error instanceof ImportRowsError) return { added: 0, updated: 0, refused: refusalsOf(error) };
        throw error;
      }
      const r = await write(
        (list) => mergeImport(list, incoming),
        (r, before) => [
          ...r.added.flatMap((c) => [
            { kind: 'contract:create' as const, contractId: c.id },
            ...c.events.map((e) => ({ kind: 'event:append' as const, contractId: c.id, eventId: e.id })),
          ]),
          ...r.updated.flatMap((c) => {
            const old = before.find((x) => x.id === c.id);
            const fresh = c.events.filter((e) => !old?.events.some((x) => x.id === e.id));
            return [
              ...(old
                ? [{ kind: 'contract:update' as const, contractId: c.id, base: contractFields(old) }]
                : []),
              ...fresh.map((e) => ({ kind: 'event:append' as const, contractId: c.id, eventId: e.id })),
            ];
          }),
        ],
      );
      return { added: r.added.length, updated: r.updated.length };
    },

    'team:members': async () => {
      const api = await client();
      const me = await api.me();
      return { me, members: await api.listMembers() };
    },
    'team:add-member': async ({ name, role }) => {
      const api = await client();
      const member = await api.addMember(name.trim(), role);
      const { token } = await api.createToken(member.id);
      return { member, token };
    },
    'team:remove-member': async ({ memberId }) => {
      await (await client()).removeMember(memberId);
      return { ok: true };
    },
    'team:tokens': async () => ({ tokens: await (await client()).listOwnTokens() }),
    'team:create-token': async ({ memberId }) => {
      const { id, token } = await (await client()).createToken(memberId);
      return { tokenId: id, token };
    },
    'guidance:get': async ({ key, locale }) => ({ guidance: guidance(key, locale) }),
    'messages:catalog': async () => ({ catalog: messageCatalogData() }),
    'ui:css': async () => ({ css: INJECTED_CSS }),
    'i18n:content': async ({ locale }) => ({ strings: locale === 'zh-CN' ? contentZhCN : {} }),
    'messages:diagnose': async ({ message, context }) => ({ diagnosis: diagnose(message, context) }),
    'team:revoke-token': async ({ tokenId }) => {
      await (await client()).revokeToken(tokenId);
      return { ok: true };
    },
  };

  return { handlers, refresh };
}

function serverAddress(raw: string): string {
  try {
    return normalizeServerUrl(raw);
  } catch (error) {
    const reason = error instanceof ServerUrlError ? error.reason : 'invalid';
    throw new Error(t(reason === 'http-not-allowed' ? 'sync.error.httpNotAllowed' : 'sync.error.badUrl'));
  }
}

function withMark(view: ContractView, mark: ContractView['sync']): ContractView {
  return mark ? { ...view, sync: mark } : view;
}

function eventMutation(contractId: string, eventId: string | undefined): MutationInput[] {
  return eventId ? [{ kind: 'event:append', contractId, eventId }] : [];
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.kind === 'offline') return t('sync.error.offline');
    if (error.kind === 'unauthorized') return t('sync.error.unauthorized');
    if (error.kind === 'forbidden') return t('sync.error.forbidden');
    return `${t('sync.error.server')} (${error.status}) ${error.message}`.trim();
  }
  return error instanceof Error ? error.message : t('sync.error.server');
}
