import type { MessageKey, Params } from '../../i18n';

/** A message for the page's live region: a key is worded at render time (follows a language switch). */
export type Announcement = string | { key: MessageKey; params?: Params };
export type Announce = (message: Announcement) => void;
