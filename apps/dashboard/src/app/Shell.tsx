import type { UiLocale } from '@supportlink/rules';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { ContractScreen } from '../screens/ContractScreen';
import { ContractsScreen } from '../screens/ContractsScreen';
import { OrganisationScreen } from '../screens/OrganisationScreen';
import type { Session } from './App';
import { Preferences } from './Preferences';
import type { ThemeChoice } from './preferences';
import { hrefOf, type Route } from './route';

export interface Prefs {
  locale: UiLocale;
  theme: ThemeChoice;
  setLocale(l: UiLocale): void;
  setTheme(c: ThemeChoice): void;
}

export interface ScreenProps {
  session: Session;
  now: () => number;
  announce(text: string): void;
}

export function Shell({
  session,
  route,
  prefs,
  now,
  announce,
  signOut,
}: {
  session: Session;
  route: Route;
  prefs: Prefs;
  now: () => number;
  announce(text: string): void;
  signOut(): void;
}) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const screenKey = route.name === 'contract' ? `contract:${route.id}` : route.name;
  // After a navigation, move focus to the new screen's heading (not on the first render).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    heading?.focus();
  }, [screenKey]);

  const { me } = session;
  const current = (name: Route['name']) =>
    route.name === name || (name === 'contracts' && route.name === 'contract') ? 'page' : undefined;
  return (
    <>
      {/* A button, not a #main link: the hash holds the screen. */}
      <button type="button" class="skip-link" onClick={() => main.current?.focus()}>
        {t('app.skip')}
      </button>
      <header class="topbar">
        <div class="brand">
          <span class="brand-name">SupportLink</span>
          <span class="org" data-testid="org-name">
            {me.orgName}
          </span>
        </div>
        <nav aria-label={t('nav.label')} class="nav">
          <a href={hrefOf({ name: 'contracts' })} aria-current={current('contracts')}>
            {t('nav.contracts')}
          </a>
          <a
            href={hrefOf({ name: 'organisation', section: 'members' })}
            aria-current={current('organisation')}
          >
            {t('nav.organisation')}
          </a>
        </nav>
        <div class="account">
          <Preferences prefs={prefs} />
          <span class="who">
            {me.member.name} · {t(`role.${me.member.role}`)}
          </span>
          <button type="button" class="link-button" onClick={signOut}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.name === 'contracts' && <ContractsScreen session={session} now={now} announce={announce} />}
        {route.name === 'contract' && (
          <ContractScreen key={route.id} id={route.id} session={session} now={now} announce={announce} />
        )}
        {route.name === 'organisation' && (
          <OrganisationScreen section={route.section} session={session} now={now} announce={announce} />
        )}
      </main>
    </>
  );
}
