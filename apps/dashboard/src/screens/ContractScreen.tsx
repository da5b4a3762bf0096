import { useMemo, useState } from 'preact/hooks';
import type { LedgerEvent, LinkRecord, Member } from '../api/types';
import { hrefOf } from '../app/route';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { Badge } from '../components/Badge';
import { LoadError } from '../components/LoadError';
import { Table } from '../components/Table';
import { UsageChart } from '../components/UsageChart';
import { useTitle } from '../components/use-title';
import { formatDay, formatInstant, getLocale, type MessageKey, t } from '../i18n';
import { contractName } from '../model/contracts';
import { contractDetail } from '../model/detail';
import { noteText } from '../model/event-note';

const PAGE = 50;

function eventWhat(e: LedgerEvent): string {
  switch (e.type) {
    case 'opened':
      return t('ledger.opened', { n: e.count });
    case 'refunded':
      return t('ledger.refunded', { n: e.count });
    case 'adjusted':
      return t('ledger.adjusted', { n: e.delta > 0 ? `+${e.delta}` : String(e.delta) });
    case 'observed':
      return e.remaining === 'unlimited'
        ? t('ledger.observedUnlimited')
        : t('ledger.observed', { n: e.remaining });
  }
}

function eventWhere(e: LedgerEvent): string {
  if (e.type === 'observed') return e.portal ? t(`portal.${e.portal}` as MessageKey) : '';
  return noteText(e.note);
}

export function ContractScreen({ id, session, now }: ScreenProps & { id: string }) {
  const { api, me } = session;
  const isAdmin = me.member.role === 'admin' || me.member.role === 'owner';
  const [load, reload] = useLoad(async () => {
    const [record, events, links, members] = await Promise.all([
      api.contract(id),
      api.events(id),
      api.links(id),
      isAdmin ? api.members().catch(() => [] as Member[]) : Promise.resolve([] as Member[]),
    ]);
    return { record, events, links, members, at: now() };
  }, [api, id]);
  const [shown, setShown] = useState(PAGE);
  const locale = getLocale();
  const data = load.data;
  const name = data ? contractName(data.record) : t('contract.title');
  useTitle(name);
  const detail = useMemo(
    () => (data ? contractDetail(data.record, data.events, locale, data.at) : null),
    [data, locale],
  );
  const newestFirst = useMemo(() => (data ? [...data.events].reverse() : []), [data]);

  return (
    <section aria-labelledby="screen-title" class="screen" aria-busy={load.status === 'loading'}>
      <p class="breadcrumb">
        <a href={hrefOf({ name: 'contracts' })}>{t('contract.back')}</a>
      </p>
      <div class="screen-head">
        <h1 id="screen-title" tabIndex={-1}>
          {name}
        </h1>
        {detail && <Badge tone={detail.state.tone}>{detail.state.label}</Badge>}
      </div>
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.status === 'loading' && !data && <p class="muted">{t('contract.loading')}</p>}
      {data && detail && (
        <>
          <dl class="facts">
            <div>
              <dt>{t('contracts.col.remaining')}</dt>
              <dd data-testid="detail-remaining">{detail.remaining}</dd>
            </div>
            <div>
              <dt>{t('contract.term')}</dt>
              <dd>
                {formatDay(data.record.startDate)}
                {data.record.startDateEstimated && ` (${t('contract.startEstimated')})`} –{' '}
                {formatDay(data.record.endDate)}
              </dd>
            </div>
            <div>
              <dt>{t('contracts.col.forecast')}</dt>
              <dd data-testid="detail-forecast">
                {detail.forecast === null ? (
                  <span class="muted">{t('forecast.notApplicable')}</span>
                ) : (
                  <span class={`forecast ${detail.forecastTone}`}>{detail.forecast}</span>
                )}
                {detail.forecastBasis && <span class="sub">{detail.forecastBasis}</span>}
              </dd>
            </div>
            <div>
              <dt>{t('contract.offer')}</dt>
              <dd>
                {t(`offer.${data.record.offer}` as MessageKey)} ·{' '}
                {t(`benefit.${data.record.benefit}` as MessageKey)}
              </dd>
            </div>
          </dl>

          <h2>{t('contract.chart')}</h2>
          <UsageChart
            series={detail.series}
            description={t('chart.description', {
              name,
              remaining: detail.remaining,
              forecast: detail.forecast ?? t('forecast.notApplicable'),
            })}
          />

          <h2>{t('contract.ledger')}</h2>
          {data.events.length === 0 ? (
            <p class="empty">{t('contract.noEvents')}</p>
          ) : (
            <Table
              caption={t('ledger.caption', {
                shown: Math.min(shown, data.events.length),
                total: data.events.length,
              })}
              testId="ledger"
              rows={newestFirst.slice(0, shown)}
              rowKey={(e) => e.id}
              columns={[
                { label: t('ledger.col.when'), cell: (e) => formatInstant(e.at) },
                { label: t('ledger.col.what'), cell: eventWhat },
                { label: t('ledger.col.detail'), cell: eventWhere },
                { label: t('ledger.col.recorded'), cell: (e) => formatInstant(e.recordedAt) },
              ]}
            />
          )}
          {data.events.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('ledger.more', { n: Math.min(PAGE, data.events.length - shown) })}
            </button>
          )}

          <h2>{t('contract.links')}</h2>
          <LinksTable links={data.links} members={data.members} />
        </>
      )}
    </section>
  );
}

function LinksTable({ links, members }: { links: LinkRecord[]; members: Member[] }) {
  if (links.length === 0) return <p class="empty">{t('contract.noLinks')}</p>;
  const names = new Map(members.map((m) => [m.id, m.name]));
  return (
    <Table
      caption={t('contract.links')}
      testId="links"
      rows={links}
      rowKey={(l) => l.id}
      columns={[
        { label: t('links.col.portal'), cell: (l) => t(`portal.${l.portal}` as MessageKey) },
        { label: t('links.col.account'), cell: (l) => l.account },
        { label: t('links.col.when'), cell: (l) => formatInstant(l.linkedAt) },
        { label: t('links.col.by'), cell: (l) => names.get(l.linkedBy) ?? t('links.member') },
      ]}
    />
  );
}
