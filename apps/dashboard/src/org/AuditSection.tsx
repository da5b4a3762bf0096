import { useState } from 'preact/hooks';
import type { AuditEntry } from '../api/types';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { errorText } from '../components/errors';
import { LoadError } from '../components/LoadError';
import { Table } from '../components/Table';
import { formatInstant, t } from '../i18n';
import { auditAction, auditDetail } from '../model/audit';
import { contractName } from '../model/contracts';

/** Who did what in the organisation, newest first, older pages on request. */
export function AuditSection({ session }: ScreenProps) {
  const { api } = session;
  const [load, reload] = useLoad(() => api.audit(), [api]);
  // Names for the ids the log records; without them the log still reads (short ids).
  const [known] = useLoad(async () => {
    const [summary, members] = await Promise.all([api.summary(), api.members()]);
    return new Map<string, string>([
      ...summary.contracts.map((c) => [c.id, contractName(c)] as [string, string]),
      ...members.map((m) => [m.id, m.name] as [string, string]),
    ]);
  }, [api]);
  const names = known.data ?? new Map<string, string>();
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
      <h2>{t('audit.title')}</h2>
      <p class="muted">{t('audit.intro')}</p>
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.data && entries.length === 0 && <p class="empty">{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <Table
          caption={t('audit.title')}
          testId="audit"
          rows={entries}
          rowKey={(e) => e.seq}
          columns={[
            { label: t('audit.col.when'), cell: (e) => formatInstant(e.at) },
            { label: t('audit.col.who'), cell: (e) => e.actorName ?? t('audit.system') },
            { label: t('audit.col.what'), cell: (e) => auditAction(e.action) },
            { label: t('audit.col.detail'), wide: true, cell: (e) => auditDetail(e, names) },
          ]}
        />
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
