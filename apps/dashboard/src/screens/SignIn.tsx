import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { tokenShapeProblem } from '../api/session';
import type { Session } from '../app/App';
import { Preferences } from '../app/Preferences';
import type { Prefs } from '../app/Shell';
import { errorText } from '../components/errors';
import { t } from '../i18n';

export function SignIn({
  connect,
  onSignedIn,
  reason,
  prefs,
}: {
  connect(token: string): Promise<Session>;
  onSignedIn(session: Session, token: string): void;
  reason: 'expired' | null;
  prefs: Prefs;
}) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const value = token.trim();
    const shape = tokenShapeProblem(value);
    if (shape) {
      setError(t(shape === 'empty' ? 'signIn.empty' : 'signIn.shape'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await connect(value);
      onSignedIn(session, value);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('signIn.rejected') : errorText(err));
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <main id="main" class="signin">
      <div class="signin-prefs">
        <Preferences prefs={prefs} />
      </div>
      <form class="card signin-card" onSubmit={submit} noValidate aria-labelledby="signin-title">
        <h1 id="signin-title">{t('signIn.title')}</h1>
        <p class="muted">{t('signIn.intro')}</p>
        {reason === 'expired' && (
          <p class="notice warn" role="alert">
            {t('signIn.expired')}
          </p>
        )}
        <label for="token">{t('signIn.token')}</label>
        <input
          id="token"
          ref={input}
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={token}
          onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)}
          aria-describedby={error ? 'token-help token-error' : 'token-help'}
          aria-invalid={error ? 'true' : undefined}
          required
        />
        <p id="token-help" class="hint">
          {t('signIn.help')}
        </p>
        {error && (
          <p id="token-error" class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
