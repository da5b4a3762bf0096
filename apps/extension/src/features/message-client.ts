/**
 * The rules' message classifier, built from the catalogue the background serves
 * (`messages:catalog`): the phrasings of every portal language would otherwise be bundled
 * into every portal frame. Fetched once per frame, when a feature first needs it.
 */
import { classifierFromData, type MessageClassifier } from '@supportlink/rules';
import type { Send } from './types';

/** Never matches: what features get when the background cannot serve the catalogue (logged). */
const SILENT: MessageClassifier = { mayContain: () => false, classify: () => null };

export function messageClient(
  send: Send,
  log: (featureId: string, message: string, error?: unknown) => void,
): () => Promise<MessageClassifier> {
  let pending: Promise<MessageClassifier> | null = null;
  return () => {
    pending ??= send('messages:catalog', {}).then(
      ({ catalog }) => classifierFromData(catalog),
      (error: unknown) => {
        log('content', 'message catalogue unavailable; known messages are not recognised', error);
        pending = null; // try again on the next page: the background may have been restarting
        return SILENT;
      },
    );
    return pending;
  };
}

/** For scripts without message features: a feature that asks anyway is logged, and recognises nothing. */
export const NO_MESSAGES =
  (_send: Send, log: (featureId: string, message: string) => void) => (): Promise<MessageClassifier> => {
    log('content', 'no message classifier in this content script');
    return Promise.resolve(SILENT);
  };
