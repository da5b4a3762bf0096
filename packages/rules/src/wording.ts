/**
 * The words every surface (dashboard, popup, alerts) uses for a contract's state and forecast, in
 * English and Simplified Chinese. Which wording applies is decided here, next to the rules that
 * compute the state and the forecast, so the surfaces cannot drift apart.
 */
import type { Allotment, ContractStateReason, UiLocale } from './types.js';
import { dayNumber, dayOfInstant } from './utc-date.js';

export type Tone = 'ok' | 'warn' | 'bad';

/** A contract state as contractState() (or the API's summary) reports it. */
export interface StateFacts {
  state: string;
  daysToExpiry: number;
  reasons: readonly ContractStateReason[] | readonly string[];
}

/** The fields of a forecast() result the wording reads. */
export interface ForecastFacts {
  kind: string;
  runsOutOn: string | null;
  unusedAtExpiry: number | null;
  pacePerMonth: number | null;
  confidence: string;
  reasons: readonly string[];
  basis?: { usageEvents: number; days: number };
}

type Table = Record<string, string>;

const en: Table = {
  'state.active': 'Active',
  'state.expiring': 'Expires in {days} days',
  'state.expiring.one': 'Expires tomorrow',
  'state.lastDay': 'Last day today',
  'state.expired': 'Expired',
  'state.exhausted': 'No incidents left',
  'state.not-included': 'No incidents for this benefit',
  'state.not-started': 'Not started',
  'state.invalid': 'Needs correcting',
  'forecast.runs-out': 'Runs out around {date}',
  'forecast.unused-at-expiry': '{n} unused at expiry',
  'forecast.unused-at-expiry.one': '1 unused at expiry',
  'forecast.exhausted': 'None left before the end date',
  'forecast.expired': '{n} expired unused',
  'forecast.expired.one': '1 expired unused',
  'forecast.expired.none': 'Expired with none left',
  'forecast.not-started': 'Starts later: nothing to forecast yet',
  'forecast.unlimited': 'Unlimited: about {pace} a month',
  'forecast.unlimited.idle': 'Unlimited: none used yet',
  'forecast.invalid': 'Cannot forecast: check the dates',
  'confidence.high': 'Steady pace',
  'confidence.medium': 'Likely',
  'confidence.low': 'Rough estimate',
  'reason.few-events': 'only {events} incidents so far',
  'reason.few-events.one': 'only 1 incident so far',
  'reason.short-history': 'the term began {days} days ago',
  'reason.bursty': 'most use fell in one month',
  'reason.no-usage-yet': 'none used yet',
  'reason.unrecorded-usage': 'includes use seen in a portal but not logged',
  'reason.unverified-allotment': 'the programme figure is not verified',
  'pace.perMonth': 'pace {pace} a month',
};

const zhCN: Table = {
  'state.active': '有效',
  'state.expiring': '{days} 天后到期',
  'state.expiring.one': '明天到期',
  'state.lastDay': '今天是最后一天',
  'state.expired': '已过期',
  'state.exhausted': '事件已用完',
  'state.not-included': '此权益不含事件',
  'state.not-started': '尚未开始',
  'state.invalid': '需要更正',
  'forecast.runs-out': '预计约 {date} 用完',
  'forecast.unused-at-expiry': '到期时将有 {n} 个未使用',
  'forecast.unused-at-expiry.one': '到期时将有 1 个未使用',
  'forecast.exhausted': '到期前已无剩余',
  'forecast.expired': '{n} 个未使用即已过期',
  'forecast.expired.one': '1 个未使用即已过期',
  'forecast.expired.none': '已过期，无剩余',
  'forecast.not-started': '尚未开始，暂无预测',
  'forecast.unlimited': '不限数量：每月约 {pace} 个',
  'forecast.unlimited.idle': '不限数量：尚未使用',
  'forecast.invalid': '无法预测：请检查日期',
  'confidence.high': '用量稳定',
  'confidence.medium': '较可能',
  'confidence.low': '粗略估计',
  'reason.few-events': '目前仅有 {events} 个事件',
  'reason.few-events.one': '目前仅有 1 个事件',
  'reason.short-history': '期限开始仅 {days} 天',
  'reason.bursty': '大部分用量集中在一个月',
  'reason.no-usage-yet': '尚未使用',
  'reason.unrecorded-usage': '含门户中看到但未记录的用量',
  'reason.unverified-allotment': '计划数量未经核实',
  'pace.perMonth': '每月约用 {pace} 个',
};

const TABLES: Record<UiLocale, Table> = { en, 'zh-CN': zhCN };

function say(locale: UiLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = TABLES[locale][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Within this many days of the end date a contract reads "Expires in N days" (warn, then bad). */
export const EXPIRY_WARNING_DAYS = 30;
export const EXPIRY_URGENT_DAYS = 7;
/** At or below this many incidents left a usable contract is urgent (red badge, urgent count, alert default). */
export const FEW_INCIDENTS_LEFT = 2;

/** The badge for a contract's state: "Active", "Expires in 12 days", "No incidents left"… */
export function stateWording(s: StateFacts, locale: UiLocale): { label: string; tone: Tone } {
  switch (s.state) {
    case 'expired':
      return { label: say(locale, 'state.expired'), tone: 'bad' };
    case 'not-started':
      return { label: say(locale, 'state.not-started'), tone: 'warn' };
    case 'exhausted': {
      // "No incidents left" only when they were used; a benefit without incidents says so.
      const none = (s.reasons as readonly string[]).includes('no-allotment-for-benefit');
      return { label: say(locale, none ? 'state.not-included' : 'state.exhausted'), tone: 'bad' };
    }
    case 'active':
      break;
    default:
      return { label: say(locale, 'state.invalid'), tone: 'bad' };
  }
  const days = s.daysToExpiry;
  if (days > EXPIRY_WARNING_DAYS) return { label: say(locale, 'state.active'), tone: 'ok' };
  const tone: Tone = days <= EXPIRY_URGENT_DAYS ? 'bad' : 'warn';
  if (days <= 0) return { label: say(locale, 'state.lastDay'), tone };
  if (days === 1) return { label: say(locale, 'state.expiring.one'), tone };
  return { label: say(locale, 'state.expiring', { days }), tone };
}

/** "12 March" (or "12 March 2027" outside the current year); zh-CN "3月12日". */
export function dayWording(day: string, locale: UiLocale, now: number): string {
  let dayNo: number;
  try {
    dayNo = dayNumber(day);
  } catch {
    return day;
  }
  const at = dayNo * 86_400_000;
  const sameYear =
    new Date(at).getUTCFullYear() === new Date(dayOfInstant(now) * 86_400_000).getUTCFullYear();
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(at);
}

function paceWording(pace: number, locale: UiLocale): string {
  const rounded = pace >= 10 ? Math.round(pace) : Math.round(pace * 10) / 10;
  return new Intl.NumberFormat(locale).format(rounded);
}

function plural(locale: UiLocale, key: string, n: number): string {
  return n === 1
    ? say(locale, `${key}.one`)
    : say(locale, key, { n: new Intl.NumberFormat(locale).format(n) });
}

/** The one-line forecast: "Runs out around 12 March", "14 unused at expiry"… */
export function forecastWording(f: ForecastFacts, locale: UiLocale, now: number): string {
  switch (f.kind) {
    case 'runs-out':
      return f.runsOutOn
        ? say(locale, 'forecast.runs-out', { date: dayWording(f.runsOutOn, locale, now) })
        : say(locale, 'forecast.invalid');
    case 'unused-at-expiry':
      return plural(locale, 'forecast.unused-at-expiry', f.unusedAtExpiry ?? 0);
    case 'expired':
      return f.unusedAtExpiry && f.unusedAtExpiry > 0
        ? plural(locale, 'forecast.expired', f.unusedAtExpiry)
        : say(locale, 'forecast.expired.none');
    case 'exhausted':
      return say(locale, 'forecast.exhausted');
    case 'not-started':
      return say(locale, 'forecast.not-started');
    case 'unlimited':
      return f.pacePerMonth && f.pacePerMonth > 0
        ? say(locale, 'forecast.unlimited', { pace: paceWording(f.pacePerMonth, locale) })
        : say(locale, 'forecast.unlimited.idle');
    default:
      return say(locale, 'forecast.invalid');
  }
}

/**
 * Whether a forecast line belongs beside this contract at all: not for a row the rules refuse,
 * nor for an offer with no incidents for the benefit (Action Pack cloud), where "None left before
 * the end date" would read as if incidents had been used up.
 */
export function forecastShown(s: Pick<StateFacts, 'state' | 'reasons'>): boolean {
  const reasons: readonly string[] = s.reasons;
  return s.state !== 'invalid' && !reasons.includes('no-allotment-for-benefit');
}

/** How loud a forecast line should be: losing incidents within the warning window is bad. */
export function forecastTone(f: Pick<ForecastFacts, 'kind'>, daysToExpiry: number): Tone {
  switch (f.kind) {
    case 'runs-out':
      return 'warn';
    case 'unused-at-expiry':
      return daysToExpiry <= EXPIRY_WARNING_DAYS ? 'bad' : 'warn';
    case 'expired':
      return 'bad';
    default:
      return 'ok';
  }
}

/** How much the forecast deserves: "Rough estimate: only 2 incidents so far". Null when nothing to say. */
export function forecastBasisWording(f: ForecastFacts, locale: UiLocale): string | null {
  if (f.kind !== 'runs-out' && f.kind !== 'unused-at-expiry') return null;
  const parts: string[] = [];
  const reason = f.reasons[0];
  if (reason) {
    const events = f.basis?.usageEvents ?? 0;
    const key = reason === 'few-events' && events === 1 ? 'reason.few-events.one' : `reason.${reason}`;
    parts.push(say(locale, key, { events, days: f.basis?.days ?? 0 }));
  }
  if (f.pacePerMonth !== null && f.pacePerMonth > 0) {
    parts.push(say(locale, 'pace.perMonth', { pace: paceWording(f.pacePerMonth, locale) }));
  }
  const head = say(locale, `confidence.${f.confidence}`);
  const sep = locale === 'zh-CN' ? '：' : ': ';
  const join = locale === 'zh-CN' ? '，' : ', ';
  return parts.length ? `${head}${sep}${parts.join(join)}` : head;
}

/** "18 of 20" / "18 / 20" — remaining of the allotment; unlimited reads as such. */
export function remainingWording(remaining: Allotment, allotment: Allotment, locale: UiLocale): string {
  if (remaining === 'unlimited') return locale === 'zh-CN' ? '不限' : 'Unlimited';
  const n = new Intl.NumberFormat(locale);
  if (allotment === 'unlimited') return n.format(remaining);
  return locale === 'zh-CN'
    ? `${n.format(remaining)} / ${n.format(allotment)}`
    : `${n.format(remaining)} of ${n.format(allotment)}`;
}
