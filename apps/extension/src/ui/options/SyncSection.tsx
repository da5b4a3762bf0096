import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../i18n';
import type { Settings, SyncStatus } from '../../messaging/protocol';
import { syncText } from '../shared/sync-text';
import type { OptionsApi } from './api';
import { Conflicts } from './Conflicts';

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
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);

  const save = (e: Event) => {
    e.preventDefault();
    // The permission prompt must start inside the click; the save does not wait for it,
    // because a server that allows this extension's origin works without it.
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
        setResult({ ok: true, text: t('syncForm.saved') });
      } catch (error) {
        setResult({ ok: false, text: error instanceof Error ? error.message : String(error) });
      }
      const granted = await permission;
      if (!granted && mode === 'sync') {
        setResult((r) => r && { ...r, text: `${r.text} — ${t('syncForm.permissionNote')}` });
      }
    })();
  };

  const test = async () => {
    setTesting(true);
    setResult(null);
    try {
      const r = await api.testConnection(serverUrl, token.trim() || null);
      setResult(
        r.ok && r.me
          ? {
              ok: true,
              text: t('syncForm.testOk', {
                name: r.me.member.name,
                role: t(`role.${r.me.member.role}` as MessageKey),
                org: r.me.orgName,
              }),
            }
          : { ok: false, text: t('syncForm.testFailed', { error: r.error ?? '' }) },
      );
    } catch (error) {
      setResult({ ok: false, text: t('syncForm.testFailed', { error: String(error) }) });
    } finally {
      setTesting(false);
    }
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
        {result?.text ?? ''}
      </p>
      <p class="sl-muted" data-testid="sync-status">
        {syncText(status, Date.now())}
      </p>
      <Conflicts api={api} />
    </section>
  );
}
