import type { AlertConditionId } from './alert-conditions.js';
import { toUiLocale } from './guidance/index.js';
import type { PortalId, UiLocale } from './types.js';

/** Everything an alert's wording may mention. Never an Access ID or Contract ID. */
export interface AlertFacts {
  condition: AlertConditionId;
  /** The contract's name as the team knows it (its label, or offer and benefit). */
  name: string;
  remaining: number | 'unlimited';
  allotment: number | 'unlimited';
  endDate: string;
  daysToExpiry: number;
  pacePerMonth: number | null;
  runsOutOn: string | null;
  unusedAtExpiry: number | null;
  hiddenBecause: 'expired' | 'exhausted' | null;
  memberName: string | null;
  portals: PortalId[];
}

export interface AlertText {
  locale: UiLocale;
  title: string;
  text: string;
}

const PORTAL_NAMES: Readonly<Record<UiLocale, Readonly<Record<PortalId, string>>>> = {
  en: {
    'partner-center': 'Partner Center',
    azure: 'the Azure portal',
    serviceshub: 'Services Hub',
    engagecenter: 'Engage Center',
    'power-platform': 'the Power Platform admin center',
    lcs: 'Lifecycle Services (LCS)',
    'm365-admin': 'the Microsoft 365 admin center',
  },
  'zh-CN': {
    'partner-center': '合作伙伴中心',
    azure: 'Azure 门户',
    serviceshub: 'Services Hub',
    engagecenter: 'Engage Center',
    'power-platform': 'Power Platform 管理中心',
    lcs: 'Lifecycle Services (LCS)',
    'm365-admin': 'Microsoft 365 管理中心',
  },
};

const n1 = (x: number) => (Math.round(x * 10) / 10).toString();

function en(f: AlertFacts): Omit<AlertText, 'locale'> {
  const inc = (k: number | 'unlimited') => (k === 1 ? '1 incident' : `${k} incidents`);
  const inDays =
    f.daysToExpiry <= 0 ? 'today' : f.daysToExpiry === 1 ? 'in 1 day' : `in ${f.daysToExpiry} days`;
  const ofAllotment = `${f.remaining} of ${f.allotment}`;
  const pace =
    f.unusedAtExpiry !== null && f.unusedAtExpiry > 0 && f.condition !== 'hidden-in-azure'
      ? ` At the current pace about ${inc(f.unusedAtExpiry)} will be left unused.`
      : '';
  switch (f.condition) {
    case 'expires-soon':
      return {
        title: `${f.name}: ${inc(f.remaining)} unused, expires ${inDays}`,
        text: `${f.name} ends on ${f.endDate} with ${ofAllotment} incidents left. Incidents not used by then are lost.${pace}`,
      };
    case 'low-remaining':
      return {
        title: `${f.name}: only ${inc(f.remaining)} left`,
        text: `${f.name} has ${ofAllotment} incidents left (ends ${f.endDate}). Plan a new support plan or pack before it runs out.`,
      };
    case 'runs-out-before-expiry':
      return {
        title: `${f.name}: at this pace, runs out around ${f.runsOutOn ?? f.endDate}`,
        text: `${f.name} is using about ${n1(f.pacePerMonth ?? 0)} incidents a month. At this pace its ${inc(f.remaining)} left run out around ${f.runsOutOn ?? f.endDate}, before it ends on ${f.endDate}.`,
      };
    case 'hidden-in-azure':
      return f.hiddenBecause === 'expired'
        ? {
            title: `${f.name} has expired and is hidden in the Azure portal`,
            text: `${f.name} ended on ${f.endDate}${typeof f.remaining === 'number' && f.remaining > 0 ? ` with ${inc(f.remaining)} unused` : ''}. The Azure portal no longer offers it; linking it again shows "already associated". A new support plan is needed.`,
          }
        : {
            title: `${f.name} has no incidents left and is hidden in the Azure portal`,
            text: `${f.name} has used all of its incidents. The Azure portal no longer offers it; linking it again shows "already associated". A new support plan or pack is needed.`,
          };
    case 'member-not-linked': {
      const where = f.portals.map((p) => PORTAL_NAMES.en[p]).join(', ');
      return {
        title: `${f.memberName ?? 'A member'} has not linked ${f.name}`,
        text: `Teammates linked ${f.name} in ${where}, but ${f.memberName ?? 'this member'} has not. Until they do, they cannot use it there to open an incident.`,
      };
    }
  }
}

function zhCN(f: AlertFacts): Omit<AlertText, 'locale'> {
  const inDays = f.daysToExpiry <= 0 ? '今天到期' : `${f.daysToExpiry} 天后到期`;
  const ofAllotment = `${f.remaining}/${f.allotment}`;
  const pace =
    f.unusedAtExpiry !== null && f.unusedAtExpiry > 0 && f.condition !== 'hidden-in-azure'
      ? `按当前速度，约有 ${f.unusedAtExpiry} 个事件将未被使用。`
      : '';
  switch (f.condition) {
    case 'expires-soon':
      return {
        title: `${f.name}：${f.remaining} 个事件未使用，${inDays}`,
        text: `${f.name} 将于 ${f.endDate} 到期，剩余 ${ofAllotment} 个事件。到期时未使用的事件将作废。${pace}`,
      };
    case 'low-remaining':
      return {
        title: `${f.name}：仅剩 ${f.remaining} 个事件`,
        text: `${f.name} 剩余 ${ofAllotment} 个事件（${f.endDate} 到期）。请在用完之前计划新的支持计划或支持包。`,
      };
    case 'runs-out-before-expiry':
      return {
        title: `${f.name}：按当前速度，约 ${f.runsOutOn ?? f.endDate} 用完`,
        text: `${f.name} 每月约使用 ${n1(f.pacePerMonth ?? 0)} 个事件。按此速度，剩余的 ${f.remaining} 个事件将在 ${f.runsOutOn ?? f.endDate} 左右用完，早于 ${f.endDate} 的到期日。`,
      };
    case 'hidden-in-azure':
      return f.hiddenBecause === 'expired'
        ? {
            title: `${f.name} 已到期，Azure 门户中不再显示`,
            text: `${f.name} 已于 ${f.endDate} 到期${typeof f.remaining === 'number' && f.remaining > 0 ? `，有 ${f.remaining} 个事件未使用` : ''}。Azure 门户不再提供此计划；再次关联会显示“已关联”错误。需要新的支持计划。`,
          }
        : {
            title: `${f.name} 的事件已用完，Azure 门户中不再显示`,
            text: `${f.name} 的事件已全部用完。Azure 门户不再提供此计划；再次关联会显示“已关联”错误。需要新的支持计划或支持包。`,
          };
    case 'member-not-linked': {
      const where = f.portals.map((p) => PORTAL_NAMES['zh-CN'][p]).join('、');
      return {
        title: `${f.memberName ?? '一位成员'} 尚未关联 ${f.name}`,
        text: `团队成员已在 ${where} 中关联了 ${f.name}，但 ${f.memberName ?? '该成员'} 尚未关联。关联之前，无法在那里使用它提交事件。`,
      };
    }
  }
}

/** The words of an alert in English or Simplified Chinese (any tag; see toUiLocale). */
export function alertText(facts: AlertFacts, locale: string | null = 'en'): AlertText {
  const ui = toUiLocale(locale);
  return { locale: ui, ...(ui === 'zh-CN' ? zhCN(facts) : en(facts)) };
}

/** The portal's display name, for lists beside an alert. */
export function portalName(portal: PortalId, locale: string | null = 'en'): string {
  return PORTAL_NAMES[toUiLocale(locale)][portal];
}

export interface AlertLabels {
  remaining: string;
  ends: string;
  daysLeft: string;
  forecast: string;
  open: string;
  testTitle: string;
  testText: string;
  unlimited: string;
  runsOutAround: (date: string) => string;
  unusedAtExpiry: (n: number) => string;
}

const LABELS: Readonly<Record<UiLocale, AlertLabels>> = {
  en: {
    remaining: 'Incidents left',
    ends: 'Ends',
    daysLeft: 'Days left',
    forecast: 'Forecast',
    open: 'Open in SupportLink',
    testTitle: 'SupportLink test alert',
    testText: 'If you can read this, SupportLink alerts reach this channel.',
    unlimited: 'unlimited',
    runsOutAround: (d) => `runs out around ${d}`,
    unusedAtExpiry: (n) => (n === 1 ? '1 unused at expiry' : `${n} unused at expiry`),
  },
  'zh-CN': {
    remaining: '剩余事件',
    ends: '到期日',
    daysLeft: '剩余天数',
    forecast: '预测',
    open: '在 SupportLink 中打开',
    testTitle: 'SupportLink 测试提醒',
    testText: '如果你能看到这条消息，说明 SupportLink 的提醒可以送达此渠道。',
    unlimited: '无限制',
    runsOutAround: (d) => `约 ${d} 用完`,
    unusedAtExpiry: (n) => `到期时约 ${n} 个未使用`,
  },
};

/** Labels around an alert (fact names, the link, the test message) in English or Simplified Chinese. */
export function alertLabels(locale: string | null = 'en'): AlertLabels {
  return LABELS[toUiLocale(locale)];
}
