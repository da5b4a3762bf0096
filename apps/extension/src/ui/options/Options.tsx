import { resolveUiLocale } from '@supportlink/rules';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { setLocale, t } from '../../i18n';
import type { ContractView, Settings, SyncStatus } from '../../messaging/protocol';
import type { NotificationsApi } from '../../notifications/check';
import type { HostAccess } from '../../permissions/host-access';
import { HostAccessNotice } from '../shared/HostAccessNotice';
import { LiveRegion } from '../shared/LiveRegion';
import type { Announce, Announcement } from './announce';
import type { OptionsApi } from './api';
import { ContractsSection } from './ContractsSection';
import { DataSection } from './DataSection';
import { NotificationsSection } from './NotificationsSection';
import { PreferencesSection } from './PreferencesSection';
import { SyncSection } from './SyncSection';
import { TeamSection } from './TeamSection';

interface Loaded {
  settings: Settings;
  status: SyncStatus | null;
  hasToken: boolean;
  contracts: ContractView[];
}

/**
 * One page, sections instead of hidden tabs: every field is reachable without clicking
 * first (keyboard users and tests alike); the nav jumps between sections.
 */
export function Options({
  api,
  browserLanguage,
  hostAccess,
  notifications,
}: {
  api: OptionsApi;
  browserLanguage: string;
  /** Portal site access (tests pass a fake). */
  hostAccess?: HostAccess;
  /** Browser notifications (tests pass a fake). */
  notifications?: NotificationsApi;
}) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<Announcement>('');

  const load = useCallback(async () => {
    try {
      const [settings, status, hasToken, contracts] = await Promise.all([
        api.settings(),
        api.status().catch(() => null),
        api.hasToken(),
        api.contracts(),
      ]);
      setData({ settings, status, hasToken, contracts });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [api]);

  useEffect(() => {
    void load();
    return api.onChange(() => void load());
  }, [api, load]);

  const announce: Announce = (message) => {
    setAnnouncement('');
    setTimeout(() => setAnnouncement(message), 50);
  };

  const locale = resolveUiLocale(data?.settings.language ?? null, browserLanguage);
  setLocale(locale);
  if (typeof document !== 'undefined') document.title = t('options.title');

  if (!data) {
    return <main class="options">{error && <p class="sl-error">{t('common.error', { error })}</p>}</main>;
  }

  const showTeam = data.settings.mode === 'sync' && data.hasToken;
  const sections: [string, string][] = [
    ['contracts', t('tab.contracts')],
    ['sync', t('tab.sync')],
    ['preferences', t('tab.preferences')],
    ['notifications', t('tab.notifications')],
    ['data', t('tab.data')],
    ...(showTeam ? ([['team', t('tab.team')]] as [string, string][]) : []),
  ];

  return (
    <div class="options" lang={locale}>
      <header>
        <h1>{t('options.title')}</h1>
        <nav aria-label={t('options.tabs')}>
          <ul class="sl-row nav">
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <HostAccessNotice access={hostAccess} />
        <ContractsSection
          contracts={data.contracts}
          now={Date.now()}
          announce={announce}
          onSave={async (input) => {
            const saved = await api.upsert(input);
            await load();
            return saved;
          }}
          onDelete={async (id) => {
            await api.remove(id);
            await load();
          }}
          onResolve={async (id, action) => {
            await api.resolveRefused(id, action);
            announce({ key: action === 'retry' ? 'cardSync.retried' : 'cardSync.discarded' });
            await load();
          }}
        />
        <SyncSection
          api={api}
          settings={data.settings}
          status={data.status}
          hasToken={data.hasToken}
          onSaved={() => void load()}
        />
        <PreferencesSection
          settings={data.settings}
          onChange={async (patch) => {
            const settings = await api.setSettings(patch);
            setData((d) => d && { ...d, settings });
            announce({ key: 'prefs.saved' });
          }}
        />
        <NotificationsSection api={notifications} />
        <DataSection api={api} onImported={() => void load()} />
        {showTeam && (
          <section id="team" aria-labelledby="team-title" class="panel">
            <h2 id="team-title">{t('team.heading')}</h2>
            <TeamSection api={api} announce={announce} />
          </section>
        )}
      </main>
      <LiveRegion
        message={typeof announcement === 'string' ? announcement : t(announcement.key, announcement.params)}
      />
    </div>
  );
}
