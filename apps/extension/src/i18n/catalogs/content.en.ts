/** English strings of the in-page features (owned by the content features). */
export const contentEn = {
  'content.saveToSupportLink': 'Save to SupportLink',
} as const;

export type ContentKey = keyof typeof contentEn;
