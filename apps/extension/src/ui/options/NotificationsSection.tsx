import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { type NotificationsApi, notificationsApi } from '../../notifications/check';

/**
 * Opt-in browser notifications for the conditions the team server alerts on, computed from the
 * contracts in this browser. The `notifications` permission is optional: asked only here.
 */
export function NotificationsSection({ api = notificationsApi }: { api?: NotificationsApi }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [result, setResult] = useState<'on' | 'off' | 'refused' | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.enabled().then(setOn, () => setOn(false));
  }, [api]);

  const change = async (wanted: boolean) => {
    setResult(null);
    setError(null);
    try {
      const now = await api.set(wanted);
      setOn(now);
      setResult(wanted ? (now ? 'on' : 'refused') : 'off');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section id="notifications" aria-labelledby="notify-title" class="panel">
      <h2 id="notify-title">{t('notify.heading')}</h2>
      <p class="sl-muted" id="notify-help">
        {t('notify.help')}
      </p>
      <p class="sl-row">
        <label>
          <input
            type="checkbox"
            checked={on === true}
            disabled={on === null}
            aria-describedby="notify-help"
            // No await before api.set: the permission prompt needs the click's user gesture.
            onChange={(e) => void change(e.currentTarget.checked)}
          />{' '}
          {t('notify.enable')}
        </label>
      </p>
      <p role="status" data-testid="notify-result">
        {result === 'on' && <span class="sl-success">{t('notify.on')}</span>}
        {result === 'off' && <span class="sl-success">{t('notify.off')}</span>}
        {result === 'refused' && <span class="sl-error">{t('notify.refused')}</span>}
        {error && <span class="sl-error">{t('common.error', { error })}</span>}
      </p>
    </section>
  );
}
