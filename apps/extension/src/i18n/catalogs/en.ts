/** English strings of the popup, options page and background (owned by the core). */
export const en = {
  'app.name': 'SupportLink',
} as const;

export type CoreKey = keyof typeof en;
