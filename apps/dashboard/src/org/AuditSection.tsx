import { useState } from 'preact/hooks';
import type { AuditEntry } from '../api/types';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { errorText } from '../components/errors';
import { LoadError } from '../components/LoadError';
import { formatInstant, t } from '../i18n';
import { auditAction, auditDetail } from '../model/audit';

/** Who did what in the organisation, newest first, older pages on request. */
export function AuditSection({ session }: ScreenProps) {
  const { api } = session;
  const [load, reload] = useLoad(() => api.audit(), [api]);
  const [older, setOlder] = useState<{ entries: AuditEntry[]; next: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = [...(load.data?.entries ?? []), ...(older?.entries ?? [])];
  const next = older ? older.next : (load.data?.next ?? null);

  const more = async () => {
    setError(null);
    try {
      const page = await api.audit(next);
      setOlder((o) => ({ entries: [...(o?.entries ?? []), ...page.entries], next: page.next }));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <>
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p class="muted">{t('audit.intro')}</p>
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.data && entries.length === 0 && <p class="empty">{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
          <table data-testid="audit">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.when')}</th>
                <th scope="col">{t('audit.col.who')}</th>
                <th scope="col">{t('audit.col.what')}</th>
                <th scope="col">{t('audit.col.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq}>
                  <td>{formatInstant(e.at)}</td>
                  <td>{e.actorName ?? t('audit.system')}</td>
                  <td>{auditAction(e.action)}</td>
                  <td>{auditDetail(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p class="notice bad" role="alert">
          {error}
        </p>
      )}
      {next && (
        <button type="button" onClick={more}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
