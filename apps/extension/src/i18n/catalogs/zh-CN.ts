import type { CoreKey } from './en';

export const zhCN: Record<CoreKey, string> = {
  'app.name': 'SupportLink',
};
