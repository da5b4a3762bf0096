import type { Allotment, ContractState, OfferId } from '@supportlink/rules';
import { type MessageKey, t } from '../../i18n';

export function remainingText(remaining: Allotment): string {
  return remaining === 'unlimited' ? t('popup.unlimited') : String(remaining);
}

export function expiryText(state: ContractState): string {
  if (state.state === 'not-started') return t('popup.startsIn', { days: Math.max(0, -state.daysToExpiry) });
  if (state.daysToExpiry < 0) return t('popup.expiredAgo', { days: -state.daysToExpiry });
  if (state.daysToExpiry === 0) return t('popup.lastDay');
  return t('popup.daysLeft', { days: state.daysToExpiry });
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

export const OFFERS: OfferId[] = [
  'solutions-partner',
  'partner-success-expanded',
  'partner-success-core',
  'partner-launch',
  'action-pack',
  'legacy-gold',
  'legacy-silver',
  'gold',
  'silver',
];
