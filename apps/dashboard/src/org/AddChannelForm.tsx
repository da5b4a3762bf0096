import { useState } from 'preact/hooks';
import { type AlertsApi, SMTP_SECURITY, WEBHOOK_FORMATS } from '../api/alerts';
import { errorText } from '../components/errors';
import { type MessageKey, t } from '../i18n';
import { type ChannelDraft, channelBody, EMPTY_DRAFT } from '../model/alert-forms';

type TextField = Exclude<keyof ChannelDraft, 'kind' | 'format' | 'security'>;

/** A new webhook (generic, Teams, Slack) or e-mail channel. Secrets go to the server and never come back. */
export function AddChannelForm({ alerts, added }: { alerts: AlertsApi; added(name: string): void }) {
  const [d, setD] = useState<ChannelDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ChannelDraft>(k: K, v: ChannelDraft[K]) => setD((o) => ({ ...o, [k]: v }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = channelBody(d);
    if (!body.ok) {
      setProblem({ field: body.field, text: t(body.problem) });
      document.getElementById(body.field)?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      await alerts.createChannel(body.value);
      setD(EMPTY_DRAFT);
      added(body.value.name);
    } catch (err) {
      setProblem({ field: 'form', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const text = (field: TextField, id: string, label: MessageKey, extra: Record<string, string> = {}) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        value={d[field]}
        onInput={(e) => set(field, (e.currentTarget as HTMLInputElement).value)}
        aria-invalid={problem?.field === id ? 'true' : undefined}
        aria-describedby={problem?.field === id ? 'channel-error' : undefined}
        {...extra}
      />
    </div>
  );

  return (
    <form class="stack-form" onSubmit={submit} aria-labelledby="add-channel-title" noValidate>
      <h3 id="add-channel-title">{t('alerts.add')}</h3>
      <div class="field">
        <label for="channel-kind">{t('alerts.kind')}</label>
        <select
          id="channel-kind"
          value={d.kind}
          onChange={(e) => set('kind', (e.currentTarget as HTMLSelectElement).value as ChannelDraft['kind'])}
        >
          <option value="webhook">{t('alerts.kind.webhook')}</option>
          <option value="email">{t('alerts.kind.email')}</option>
        </select>
      </div>
      {text('name', 'channel-name', 'alerts.col.name', { maxLength: '100' })}
      {d.kind === 'webhook' ? (
        <>
          <div class="field">
            <label for="channel-format">{t('alerts.format')}</label>
            <select
              id="channel-format"
              value={d.format}
              onChange={(e) =>
                set('format', (e.currentTarget as HTMLSelectElement).value as ChannelDraft['format'])
              }
            >
              {WEBHOOK_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`alerts.format.${f}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          {text('url', 'channel-url', 'alerts.url', {
            type: 'url',
            autocomplete: 'off',
            spellcheck: 'false',
          })}
          <p class="hint">{t('alerts.urlHint')}</p>
        </>
      ) : (
        <>
          {text('to', 'channel-to', 'alerts.to', { autocomplete: 'off' })}
          {text('from', 'channel-from', 'alerts.from', { type: 'email', autocomplete: 'off' })}
          {text('host', 'channel-host', 'alerts.host', { autocomplete: 'off', spellcheck: 'false' })}
          {text('port', 'channel-port', 'alerts.port', { inputMode: 'numeric' })}
          <div class="field">
            <label for="channel-security">{t('alerts.security')}</label>
            <select
              id="channel-security"
              value={d.security}
              onChange={(e) =>
                set('security', (e.currentTarget as HTMLSelectElement).value as ChannelDraft['security'])
              }
            >
              {SMTP_SECURITY.map((s) => (
                <option key={s} value={s}>
                  {t(`alerts.security.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          {text('username', 'channel-username', 'alerts.username', { autocomplete: 'off' })}
          {text('password', 'channel-password', 'alerts.password', {
            type: 'password',
            autocomplete: 'new-password',
          })}
          <p class="hint">{t('alerts.passwordHint')}</p>
        </>
      )}
      {problem && (
        <p id="channel-error" class="error" role="alert">
          {problem.text}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('alerts.addSubmit')}
        </button>
      </div>
    </form>
  );
}
