import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../i18n';
import type { MessageResponse, Settings, SyncStatus } from '../../messaging/protocol';
import { describeConnection } from '../../sync/connection-text';
import { syncText } from '../shared/sync-text';
import type { OptionsApi } from './api';
import { Conflicts } from './Conflicts';

const failed = (status: SyncStatus) => ['offline', 'error', 'unauthorized'].includes(status.state);
const waitsForPermission = (r: MessageResponse<'sync:test'>) =>
  r.report?.problem === 'permission' || r.report?.problem === 'origin';

/** What the connection test found, in the page's language. */
const connectionText = (r: MessageResponse<'sync:test'>): string =>
  r.report ? describeConnection(r.report) : (r.error ?? '');

export function SyncSection({
  api,
  settings,
  status,
  hasToken,
  onSaved,
}: {
  api: OptionsApi;
  settings: Settings;
  status: SyncStatus | null;
  hasToken: boolean;
  onSaved: (settings: Settings, status: SyncStatus) => void;
}) {
  const [mode, setMode] = useState(settings.mode);
  const [serverUrl, setServerUrl] = useState(settings.serverUrl ?? '');
  const [token, setToken] = useState('');
  /** Worded at render time (a thunk), so a language switch rewords the last result too. */
  const [result, setResult] = useState<{ ok: boolean; text: () => string } | null>(null);
  const [testing, setTesting] = useState(false);

  const save = (e: Event) => {
    e.preventDefault();
    // The permission prompt must start inside the click. Sync does not wait for the answer (a
    // server that allows this extension's origin works without it); if the first sync fails,
    // the answer is awaited and sync runs again with the access the user just gave.
    const permission = mode === 'sync' ? api.requestOrigin(serverUrl) : Promise.resolve(true);
    void (async () => {
      try {
        const r = await api.configureSync({
          mode,
          serverUrl: mode === 'sync' ? serverUrl : null,
          ...(token.trim() ? { token: token.trim() } : {}),
        });
        setToken('');
        onSaved(r.settings, r.status);
        if (mode === 'sync' && failed(r.status)) {
          const why = await api.testConnection(serverUrl, null).catch(() => null);
          if (why && !why.ok && waitsForPermission(why) && (await permission)) {
            const again = await api.syncNow();
            onSaved(r.settings, again);
            if (!failed(again)) return setResult({ ok: true, text: () => t('syncForm.saved') });
          }
          // Say why, rather than leaving "offline" to be guessed at.
          const reason = () => (why && !why.ok ? connectionText(why) : syncText(r.status, Date.now()));
          return setResult({ ok: false, text: () => t('syncTest.savedButFailed', { reason: reason() }) });
        }
        setResult({ ok: true, text: () => t('syncForm.saved') });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setResult({ ok: false, text: () => message });
      }
    })();
  };

  const test = () => {
    setTesting(true);
    setResult(null);
    // Ask for the host permission from the click, and test at once: a server that allows this
    // extension's origin answers without it. Only when the answer depends on it, wait for it.
    const permission = api.requestOrigin(serverUrl);
    const run = () => api.testConnection(serverUrl, token.trim() || null);
    void (async () => {
      try {
        let r = await run();
        if (!r.ok && waitsForPermission(r) && (await permission)) r = await run();
        setResult(
          r.ok && r.me
            ? {
                ok: true,
                text: () =>
                  t('syncForm.testOk', {
                    name: r.me?.member.name ?? '',
                    role: t(`role.${r.me?.member.role}` as MessageKey),
                    org: r.me?.orgName ?? '',
                  }),
              }
            : { ok: false, text: () => t('syncForm.testFailed', { error: connectionText(r) }) },
        );
      } catch (error) {
        setResult({ ok: false, text: () => t('syncForm.testFailed', { error: String(error) }) });
      } finally {
        setTesting(false);
      }
    })();
  };

  return (
    <section id="sync" aria-labelledby="sync-title" class="panel">
      <h2 id="sync-title">{t('syncForm.heading')}</h2>
      <form onSubmit={save} aria-labelledby="sync-title">
        <fieldset>
          <legend>{t('syncForm.mode')}</legend>
          <label>
            <input
              type="radio"
              name="mode"
              value="local"
              checked={mode === 'local'}
              onChange={() => setMode('local')}
            />{' '}
            {t('syncForm.local')}
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="sync"
              checked={mode === 'sync'}
              onChange={() => setMode('sync')}
            />{' '}
            {t('syncForm.sync')}
          </label>
        </fieldset>
        <div class="grid">
          <label for="s-server-url">{t('syncForm.serverUrl')}</label>
          <input
            id="s-server-url"
            type="url"
            value={serverUrl}
            placeholder="https://supportlink.example.com"
            onInput={(e) => setServerUrl(e.currentTarget.value)}
            autocomplete="url"
          />
          <label for="s-token">{t('syncForm.token')}</label>
          <input
            id="s-token"
            type="password"
            value={token}
            onInput={(e) => setToken(e.currentTarget.value)}
            autocomplete="off"
            aria-describedby={hasToken ? 's-token-hint' : undefined}
          />
        </div>
        {hasToken && (
          <p id="s-token-hint" class="sl-muted">
            {t('syncForm.tokenSaved')}
          </p>
        )}
        <p class="sl-muted">{t('syncForm.permissionNote')}</p>
        <div class="sl-row">
          <button type="submit" class="primary">
            {t('syncForm.save')}
          </button>
          <button type="button" onClick={test} disabled={testing || !serverUrl.trim()}>
            {testing ? t('syncForm.testing') : t('syncForm.test')}
          </button>
        </div>
      </form>
      <p
        role="status"
        aria-live="polite"
        class={result ? (result.ok ? 'sl-success' : 'sl-error') : ''}
        data-testid="sync-result"
      >
        {result?.text() ?? ''}
      </p>
      <p class="sl-muted" data-testid="sync-status">
        {syncText(status, Date.now())}
      </p>
      <Conflicts api={api} />
    </section>
  );
}
