import type { Allotment, OfferId } from '@supportlink/rules';
import { type MessageKey, t } from '../../i18n';

export function remainingText(remaining: Allotment): string {
  return remaining === 'unlimited' ? t('popup.unlimited') : String(remaining);
}

export function relativeTime(at: number, now: number): string {
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return t('time.justNow');
  if (minutes < 60) return t('time.minutesAgo', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('time.hoursAgo', { n: hours });
  return t('time.daysAgo', { n: Math.floor(hours / 24) });
}

export function offerName(offer: OfferId): string {
  return t(`offer.${offer}` as MessageKey);
}

export function benefitName(benefit: 'cloud' | 'on-premises'): string {
  return t(`benefit.${benefit}` as MessageKey);
}
