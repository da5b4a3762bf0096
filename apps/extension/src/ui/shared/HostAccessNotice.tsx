import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { type HostAccess, hostAccess, hostOf } from '../../permissions/host-access';

/**
 * Shown when the browser withholds SupportLink's access to portal sites, with "Grant access"
 * (the permission request starts inside the click, as browsers require). Hidden when all is
 * granted, and when the browser cannot tell (nothing to offer then).
 */
export function HostAccessNotice({ access = hostAccess }: { access?: HostAccess }) {
  const [missing, setMissing] = useState<string[]>([]);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    const check = () =>
      access.missing().then(
        (m) => live && setMissing(m),
        () => live && setMissing([]),
      );
    void check();
    let unwatch = () => {};
    try {
      unwatch = access.watch(() => void check());
    } catch {
      // no permission events here; the check on open still runs
    }
    return () => {
      live = false;
      unwatch();
    };
  }, [access]);

  if (missing.length === 0) return null;
  const hosts = [...new Set(missing.map(hostOf))];

  const grant = () => {
    setDenied(false);
    // No await before this call: the click's user gesture must still be active.
    void access.request(missing).then(async (granted) => {
      const left = await access.missing().catch(() => missing);
      setMissing(left);
      setDenied(!granted || left.length > 0);
    });
  };

  return (
    <section class="sl-access" role="alert" aria-labelledby="sl-access-title" data-testid="host-access">
      <h2 id="sl-access-title">{t('access.title')}</h2>
      <p>{t('access.text', { hosts: hosts.join(', ') })}</p>
      <div class="sl-row">
        <button type="button" class="primary" onClick={grant}>
          {t('access.grant')}
        </button>
      </div>
      {denied && <p class="sl-error">{t('access.denied')}</p>}
    </section>
  );
}
