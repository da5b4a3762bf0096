import { useMemo } from 'preact/hooks';
import { alertsApi } from '../api/alerts';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { LoadError } from '../components/LoadError';
import { t } from '../i18n';
import { AddChannelForm } from './AddChannelForm';
import { AlertSettingsForm } from './AlertSettingsForm';
import { ChannelsTable } from './ChannelsTable';
import { FiredAlerts } from './FiredAlerts';

/** Alert settings and channels (admins): what the server warns about, where, and "send a test". */
export function AlertsSection({ session, announce }: ScreenProps) {
  const alerts = useMemo(() => alertsApi(session.api), [session.api]);
  const [settings, reloadSettings] = useLoad(() => alerts.settings(), [alerts]);
  const [channels, reloadChannels] = useLoad(() => alerts.channels(), [alerts]);
  return (
    <>
      <h2>{t('alerts.title')}</h2>
      <p class="muted">{t('alerts.intro')}</p>
      <FiredAlerts alerts={alerts} announce={announce} />
      {settings.status === 'error' && <LoadError error={settings.error} retry={reloadSettings} />}
      {settings.data && (
        <AlertSettingsForm
          key={settings.data.updatedAt ?? 'defaults'}
          alerts={alerts}
          initial={settings.data}
          announce={announce}
        />
      )}
      <h3 id="channels-title">{t('alerts.channels')}</h3>
      {channels.status === 'error' && <LoadError error={channels.error} retry={reloadChannels} />}
      {channels.data && channels.data.length === 0 && <p class="empty">{t('alerts.noChannels')}</p>}
      {channels.data && channels.data.length > 0 && (
        <ChannelsTable alerts={alerts} channels={channels.data} reload={reloadChannels} announce={announce} />
      )}
      <AddChannelForm
        alerts={alerts}
        added={(name) => {
          announce(t('alerts.added', { name }));
          reloadChannels();
        }}
      />
    </>
  );
}
