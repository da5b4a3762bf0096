import type { UiLocale } from '@supportlink/rules';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiClient, createApiClient, type Fetch } from '../api/client';
import type { TokenStore } from '../api/session';
import type { Me } from '../api/types';
import { setLocale, t } from '../i18n';
import { SignIn } from '../screens/SignIn';
import { Announcer } from './Announcer';
import { applyTheme, saveLanguage, saveTheme, type ThemeChoice } from './preferences';
import { parseRoute, type Route } from './route';
import { Shell } from './Shell';

export interface AppProps {
  tokens: TokenStore;
  locale: UiLocale;
  theme: ThemeChoice;
  fetch?: Fetch;
  /** The clock; tests pin it. */
  now?: () => number;
}

export interface Session {
  api: ApiClient;
  me: Me;
}

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function App({ tokens, locale: initialLocale, theme: initialTheme, fetch, now = Date.now }: AppProps) {
  const [locale, setLocaleState] = useState<UiLocale>(initialLocale);
  const [theme, setTheme] = useState<ThemeChoice>(initialTheme);
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(() => tokens.get() !== null);
  const [signedOutReason, setSignedOutReason] = useState<'expired' | null>(null);
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  const route = useRoute();
  setLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => applyTheme(theme), [theme]);

  const signOut = useCallback(
    (reason: 'expired' | null = null) => {
      tokens.clear();
      setSession(null);
      setSignedOutReason(reason);
    },
    [tokens],
  );

  const connect = useCallback(
    async (token: string): Promise<Session> => {
      // A 401 while signing in is a wrong token, said by the sign-in form; later it means revoked or expired.
      let signedIn = false;
      const api = createApiClient(token, { fetch, onUnauthorized: () => signedIn && signOut('expired') });
      const me = await api.me();
      signedIn = true;
      return { api, me };
    },
    [fetch, signOut],
  );

  // A reload in the same tab keeps the session: the token is still in sessionStorage.
  useEffect(() => {
    const saved = tokens.get();
    if (!saved) return;
    connect(saved)
      .then(setSession)
      .catch(() => tokens.clear())
      .finally(() => setRestoring(false));
  }, [connect, tokens]);

  const prefs = useMemo(
    () => ({
      locale,
      theme,
      setLocale: (l: UiLocale) => {
        saveLanguage(l);
        setLocaleState(l);
      },
      setTheme: (c: ThemeChoice) => {
        saveTheme(c);
        setTheme(c);
      },
    }),
    [locale, theme],
  );

  if (restoring) {
    return (
      <main id="main" class="center" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  }
  return (
    <>
      {session ? (
        <Shell
          session={session}
          route={route}
          prefs={prefs}
          now={now}
          announce={announce}
          signOut={() => signOut()}
        />
      ) : (
        <SignIn
          connect={connect}
          reason={signedOutReason}
          prefs={prefs}
          onSignedIn={(s, token) => {
            tokens.set(token);
            setSignedOutReason(null);
            setSession(s);
            announce(t('signIn.done', { org: s.me.orgName }));
          }}
        />
      )}
      <Announcer message={message.text} n={message.n} />
    </>
  );
}
