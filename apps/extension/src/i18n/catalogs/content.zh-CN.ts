import type { ContentKey } from './content.en';

export const contentZhCN: Record<ContentKey, string> = {
  'content.saveToSupportLink': '保存到 SupportLink',
};
