import type { MessageLocale } from '../types.js';

/** Locales whose rules read the compact form (CJK and Hangul, spaces removed). */
export const COMPACT_LOCALES: ReadonlySet<MessageLocale> = new Set(['ja', 'ko', 'zh-CN', 'zh-TW']);
