import { t } from '../../i18n';

export const PARTNER_CENTER_BENEFITS =
  'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical';

export function EmptyState({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p>{t('empty.intro')}</p>
      <ol>
        <li>{t('empty.step1')}</li>
        <li>{t('empty.step2')}</li>
        <li>{t('empty.step3')}</li>
        <li>{t('empty.step4')}</li>
      </ol>
      <div class="sl-row">
        <a href={PARTNER_CENTER_BENEFITS} target="_blank" rel="noreferrer">
          {t('empty.openPartnerCenter')}
        </a>
        <button type="button" onClick={onOpenOptions}>
          {t('empty.addByHand')}
        </button>
      </div>
    </section>
  );
}
