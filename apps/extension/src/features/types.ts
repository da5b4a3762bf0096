import type { Guidance, GuidanceKey, MessageClassifier, PageId, UiLocale } from '@supportlink/rules';
import type { ObserverHub } from '../dom/observe';
import type { MessagePayload, MessageResponse, MessageType, Settings } from '../messaging/protocol';

export type Send = <T extends MessageType>(
  type: T,
  payload: MessagePayload<T>,
) => Promise<MessageResponse<T>>;

/** Everything a feature may use besides the DOM; tests pass fakes. */
export interface Services {
  send: Send;
  now(): number;
  /** UI language of injected cards. */
  locale: UiLocale;
  settings: Settings;
  /**
   * Help text from the rules package in the UI locale. Served by the background so that the
   * guidance catalogues (both languages) are not bundled into every portal frame.
   */
  guidance(key: GuidanceKey): Promise<Guidance>;
  /**
   * The rules' classifier of known portal messages, built from the catalogue the background
   * serves (the same on every call; one request per frame).
   */
  messages(): Promise<MessageClassifier>;
  /** Batched DOM changes of this document and its open shadow roots. */
  hub: ObserverHub;
  /** Never pass IDs or other secrets here. */
  log(featureId: string, message: string, error?: unknown): void;
  /** Waits for the page's framework to process a fill (a task by default). */
  settle?: () => Promise<void>;
}

export interface FeatureContext {
  document: Document;
  url: URL;
  /** The page as recognised from the URL (for Azure portal frames: from the frame's parent portal). */
  page: PageId | null;
}

export interface Feature {
  id: string;
  /**
   * Which in-place text edits the feature needs to hear about (see `HubOptions.text`): a CSS
   * selector of the elements whose text may change into something it acts on, null for none.
   * Left out: every text edit in the page (the costliest on a busy page).
   */
  textChanges?: string | null;
  matches(page: PageId | null, url: URL): boolean;
  init(ctx: FeatureContext, signal: AbortSignal, services: Services): void | Promise<void>;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'local',
  serverUrl: null,
  language: null,
  autoFill: true,
  dismissedHelp: [],
};
