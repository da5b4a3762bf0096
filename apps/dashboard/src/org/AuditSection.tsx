import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { usePages } from '../app/use-pages';
import { LoadError } from '../components/LoadError';
import { MorePages } from '../components/MorePages';
import { Table } from '../components/Table';
import { formatInstant, t } from '../i18n';
import { auditAction, auditDetail } from '../model/audit';
import { contractName } from '../model/contracts';

/** Who did what in the organisation, newest first, older pages on request. */
export function AuditSection({ session }: ScreenProps) {
  const { api } = session;
  const log = usePages(
    async (before) => {
      const page = await api.audit(before);
      return { rows: page.entries, next: page.next };
    },
    [api],
  );
  // Names for the ids the log records; without them the log still reads (short ids).
  const [known] = useLoad(async () => {
    const [summary, members] = await Promise.all([api.summary(), api.members()]);
    return new Map<string, string>([
      ...summary.contracts.map((c) => [c.id, contractName(c)] as [string, string]),
      ...members.map((m) => [m.id, m.name] as [string, string]),
    ]);
  }, [api]);
  const names = known.data ?? new Map<string, string>();

  return (
    <>
      <h2>{t('audit.title')}</h2>
      <p class="muted">{t('audit.intro')}</p>
      {log.first.status === 'error' && <LoadError error={log.first.error} retry={log.reload} />}
      {log.first.data && log.rows.length === 0 && <p class="empty">{t('audit.empty')}</p>}
      {log.rows.length > 0 && (
        <Table
          caption={t('audit.title')}
          testId="audit"
          rows={log.rows}
          rowKey={(e) => e.seq}
          columns={[
            { label: t('audit.col.when'), cell: (e) => formatInstant(e.at) },
            { label: t('audit.col.who'), cell: (e) => e.actorName ?? t('audit.system') },
            { label: t('audit.col.what'), cell: (e) => auditAction(e.action) },
            { label: t('audit.col.detail'), wide: true, cell: (e) => auditDetail(e, names) },
          ]}
        />
      )}
      <MorePages log={log} />
    </>
  );
}
