import { useMemo } from 'preact/hooks';
import { hrefOf } from '../app/route';
import type { ScreenProps } from '../app/Shell';
import { useLoad } from '../app/use-load';
import { formatDay, formatInstant, getLocale, t } from '../i18n';
import { contractRows } from '../model/contracts';
import { Badge } from '../components/Badge';
import { LoadError } from '../components/LoadError';
import { useTitle } from '../components/use-title';

function daysText(days: number): string {
  if (days < 0) return t('days.ago', { n: -days });
  if (days === 0) return t('days.today');
  return t(days === 1 ? 'days.one' : 'days.n', { n: days });
}

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
        <table class="contracts responsive" data-testid="contracts">
          <caption class="visually-hidden">{t('contracts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contracts.col.contract')}</th>
              <th scope="col">{t('contracts.col.remaining')}</th>
              <th scope="col">{t('contracts.col.state')}</th>
              <th scope="col">{t('contracts.col.expiry')}</th>
              <th scope="col">{t('contracts.col.forecast')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-contract-id={r.id} data-testid="contract-row">
                <th scope="row" data-label={t('contracts.col.contract')}>
                  <a href={hrefOf({ name: 'contract', id: r.id })}>{r.name}</a>
                  <span class="sub">{r.benefit}</span>
                </th>
                <td data-label={t('contracts.col.remaining')}>
                  <span class="remaining">{r.remaining}</span>
                  {r.share !== null && (
                    <meter
                      class="share"
                      min={0}
                      max={1}
                      low={0.15}
                      high={0.99}
                      optimum={0.5}
                      value={r.share}
                      aria-hidden="true"
                    />
                  )}
                </td>
                <td data-label={t('contracts.col.state')}>
                  <Badge tone={r.state.tone}>{r.state.label}</Badge>
                </td>
                <td data-label={t('contracts.col.expiry')}>
                  <span>{daysText(r.daysToExpiry)}</span>
                  <span class="sub">{formatDay(r.endDate)}</span>
                </td>
                <td data-label={t('contracts.col.forecast')} data-testid="forecast">
                  {r.forecast === null ? (
                    <span class="muted">{t('forecast.none')}</span>
                  ) : (
                    <>
                      <span class={`forecast ${r.forecastTone}`}>{r.forecast}</span>
                      {r.forecastBasis && <span class="sub">{r.forecastBasis}</span>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
