import { useMemo } from 'preact/hooks';
import { hrefOf } from '../app/route';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { Badge } from '../components/Badge';
import { LoadError } from '../components/LoadError';
import { type Column, Table } from '../components/Table';
import { useTitle } from '../components/use-title';
import { formatDay, formatInstant, getLocale, t } from '../i18n';
import { type ContractRow, contractRows } from '../model/contracts';

function daysText(days: number): string {
  if (days < 0) return t('days.ago', { n: -days });
  if (days === 0) return t('days.today');
  return t(days === 1 ? 'days.one' : 'days.n', { n: days });
}

/** Built per render: the labels follow the language switch. */
const contractColumns = (): Column<ContractRow>[] => [
  {
    label: t('contracts.col.contract'),
    rowHeader: true,
    cell: (r) => (
      <>
        <a href={hrefOf({ name: 'contract', id: r.id })}>{r.name}</a>
        <span class="sub">{r.benefit}</span>
      </>
    ),
  },
  {
    label: t('contracts.col.remaining'),
    cell: (r) => (
      <>
        <span class="remaining">{r.remaining}</span>
        {r.share !== null && <meter class="share" min={0} max={1} value={r.share} aria-hidden="true" />}
      </>
    ),
  },
  { label: t('contracts.col.state'), cell: (r) => <Badge tone={r.state.tone}>{r.state.label}</Badge> },
  {
    label: t('contracts.col.expiry'),
    cell: (r) => (
      <>
        <span>{daysText(r.daysToExpiry)}</span>
        <span class="sub">{formatDay(r.endDate)}</span>
      </>
    ),
  },
  {
    label: t('contracts.col.forecast'),
    wide: true,
    cell: (r) =>
      !r.forecastApplies ? (
        <span class="muted">{t('forecast.notApplicable')}</span>
      ) : r.forecast === null ? (
        <span class="muted">{t('forecast.none')}</span>
      ) : (
        <span data-testid="forecast">
          <span class={`forecast ${r.forecastTone}`}>{r.forecast}</span>
          {r.forecastBasis && <span class="sub">{r.forecastBasis}</span>}
        </span>
      ),
  },
];

export function ContractsScreen({ session, now }: ScreenProps) {
  const [load, reload] = useLoad(() => session.api.summary(), [session]);
  const locale = getLocale();
  useTitle(t('contracts.title'));
  const summary = load.data;
  const rows = useMemo(
    () => (summary ? contractRows(summary.contracts, locale, Date.parse(summary.generatedAt) || now()) : []),
    [summary, locale, now],
  );

  return (
    <section aria-labelledby="screen-title" class="screen" aria-busy={load.status === 'loading'}>
      <div class="screen-head">
        <h1 id="screen-title" tabIndex={-1}>
          {t('contracts.title')}
        </h1>
        <div class="screen-actions">
          {summary && (
            <span class="muted" data-testid="generated-at">
              {t('contracts.updated', { time: formatInstant(summary.generatedAt) })}
            </span>
          )}
          <button type="button" onClick={reload} disabled={load.status === 'loading'}>
            {t('action.refresh')}
          </button>
        </div>
      </div>
      {load.status === 'error' && <LoadError error={load.error} retry={reload} />}
      {load.status === 'loading' && !summary && <p class="muted">{t('contracts.loading')}</p>}
      {summary && rows.length === 0 && <p class="empty">{t('contracts.empty')}</p>}
      {rows.length > 0 && (
        <Table
          caption={t('contracts.caption')}
          testId="contracts"
          rows={rows}
          rowKey={(r) => r.id}
          rowAttrs={(r) => ({ 'data-contract-id': r.id, 'data-testid': 'contract-row' })}
          columns={contractColumns()}
        />
      )}
    </section>
  );
}
