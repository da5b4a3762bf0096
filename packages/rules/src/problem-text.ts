/** What each contract problem says, in every UI locale, so the form, capture, import and API agree. */
import { toUiLocale } from './locale.js';
import { rulesets } from './rulesets/table.js';
import type { ContractField, ContractProblem, ContractProblemCode, OfferId, UiLocale } from './types.js';
import { YEAR_RANGE } from './utc-date.js';

type Text = (p: ContractProblem) => string;

/** The offer's name from any era that has it (the problem's own ruleset may not). */
const offerName = (p: ContractProblem) =>
  Object.values(rulesets).find((r) => p.offer && r.offers[p.offer])?.offers[p.offer as OfferId]?.name ?? '';
const rulesetName = (p: ContractProblem, otherwise: string) =>
  p.ruleset ? rulesets[p.ruleset].name : otherwise;
const { min, max } = YEAR_RANGE;

const EN: Record<ContractProblemCode, Text> = {
  required: () => 'This field is required.',
  'date-format': () => 'Enter the date as YYYY-MM-DD.',
  'date-impossible': () => 'This day does not exist in the calendar.',
  'date-year-out-of-range': () => `The year must be between ${min} and ${max}.`,
  'end-before-start': () => 'The end date is before the start date.',
  'unknown-ruleset': () => 'Choose a programme ruleset from the list.',
  'unknown-offer': () => 'Choose an offer from the list.',
  'unknown-benefit': () => 'Choose cloud or on-premises support.',
  'unknown-competency': () => 'Choose a cloud competency, another competency, or none.',
  'offer-not-in-ruleset': (p) =>
    `${offerName(p) || 'This offer'} is not part of ${rulesetName(p, 'the chosen ruleset')}.`,
  'no-incidents-for-benefit': (p) =>
    `This offer includes no ${p.benefit === 'cloud' ? 'cloud' : 'on-premises'} support incidents.`,
  'allotment-invalid': () => 'Enter a whole number from 0 to 100000, or "unlimited".',
};

const ZH_CN: Record<ContractProblemCode, Text> = {
  required: () => '此项为必填项。',
  'date-format': () => '请按 YYYY-MM-DD 格式输入日期。',
  'date-impossible': () => '日历中不存在这一天。',
  'date-year-out-of-range': () => `年份必须在 ${min} 到 ${max} 之间。`,
  'end-before-start': () => '结束日期早于开始日期。',
  'unknown-ruleset': () => '请从列表中选择计划规则。',
  'unknown-offer': () => '请从列表中选择产品/套餐。',
  'unknown-benefit': () => '请选择云支持或本地支持。',
  'unknown-competency': () => '请选择云能力、其他能力或不选。',
  'offer-not-in-ruleset': (p) => `${offerName(p) || '该产品/套餐'} 不属于${rulesetName(p, '所选计划规则')}。`,
  'no-incidents-for-benefit': (p) => `该产品/套餐不包含${p.benefit === 'cloud' ? '云' : '本地'}支持事件。`,
  'allotment-invalid': () => '请输入 0 到 100000 之间的整数，或 "unlimited"。',
};

const FIELD_NAMES: Record<UiLocale, Record<ContractField, string>> = {
  en: {
    ruleset: 'Ruleset',
    offer: 'Offer',
    benefit: 'Benefit',
    competency: 'Competency',
    startDate: 'Start date',
    endDate: 'End date',
    accessId: 'Access ID',
    contractId: 'Contract ID',
    allotmentOverride: 'Incidents (override)',
  },
  'zh-CN': {
    ruleset: '计划规则',
    offer: '产品/套餐',
    benefit: '权益类型',
    competency: '能力',
    startDate: '开始日期',
    endDate: '结束日期',
    accessId: '访问 ID',
    contractId: '合同 ID',
    allotmentOverride: '事件数（覆盖）',
  },
};

const TEXTS: Record<UiLocale, Record<ContractProblemCode, Text>> = { en: EN, 'zh-CN': ZH_CN };

/** The sentence shown beside the field (any locale tag; Simplified Chinese gets zh-CN, the rest English). */
export function contractProblemText(problem: ContractProblem, locale: string | null = 'en'): string {
  return TEXTS[toUiLocale(locale)][problem.code](problem);
}

/** The field's name, for messages shown away from the form ("Start date: …"). */
export function contractFieldName(field: ContractField, locale: string | null = 'en'): string {
  return FIELD_NAMES[toUiLocale(locale)][field];
}
