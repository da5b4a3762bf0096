/**
 * A synthetic portal page: 20,000 text nodes as a content script would collect them —
 * mostly short labels, some sentences, numbers, dates, a few localized strings, and
 * three real messages. Deterministic, and varied so no engine cache sees repeats.
 */
const LABELS = [
  'Home',
  'Dashboard',
  'All services',
  'Resource groups',
  'Subscriptions',
  'Help + support',
  'Support plans',
  'Link support benefits',
  'Access ID',
  'Contract ID',
  'Link',
  'Cancel',
  'Overview',
  'Create',
  'Refresh',
  'Delete',
  'Name',
  'Status',
  'Location',
  'Tags',
  'Settings',
  'Properties',
  'Locks',
  'Cost Management',
  'Monitor',
  'Activity log',
  'Service health',
  'Advisor',
  'Support + troubleshooting',
  'New support request',
  'Basic',
  'Developer',
  'Standard',
  'Professional Direct',
  'Learn more',
  'Feedback',
  '…',
  '|',
  '>',
  'Show more',
];
const SENTENCES = [
  'Link your partner support benefits to use them for support requests in this directory.',
  'Select a support plan to see the details of your coverage and the severity levels it allows.',
  'You can create a support request for billing, subscription management and quota issues at no charge.',
  'Technical support is available for your subscription with a paid support plan.',
  'The support plan for this subscription is Basic. Upgrade to get technical support.',
  'Your free trial subscription has expired. Upgrade to continue.',
  'A resource group with that name already exists in this subscription.',
  'Microsoft will contact you within the response time stated in your plan.',
  'Provide details about the problem so we can route your request to the right engineer.',
  'Changes may take a few minutes to appear in the portal.',
];
const LOCALIZED = [
  'Supportpläne',
  'Supportvorteile verknüpfen',
  'サポート プラン',
  '支持计划',
  '链接支持权益',
  '지원 혜택 연결',
  'Vincular ventajas de soporte técnico',
  'связать преимущества поддержки',
  'このリソースを表示するアクセス許可がありません。',
  '已存在同名的资源组。',
];
const MESSAGES = [
  'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID',
  '此访问 ID 已与某个帐户关联。请与你的技术客户经理联系以获取新的访问 ID',
  "You don't have permission to do this",
];

export function syntheticPage(size = 20_000): string[] {
  const texts: string[] = [];
  for (let i = 0; i < size; i++) {
    const r = (i * 2654435761) % 100;
    if (r < 55) texts.push(LABELS[i % LABELS.length]!);
    else if (r < 70) texts.push(`${i % 97}`);
    else if (r < 75) texts.push(`rg-contoso-${i}`);
    else if (r < 80) texts.push(`${(i % 28) + 1}/${(i % 12) + 1}/2026`);
    else if (r < 94) texts.push(`${SENTENCES[i % SENTENCES.length]} (${i})`);
    else texts.push(LOCALIZED[i % LOCALIZED.length]!);
  }
  texts[1234] = MESSAGES[0]!;
  texts[9876] = MESSAGES[1]!;
  texts[17_000] = MESSAGES[2]!;
  return texts;
}
