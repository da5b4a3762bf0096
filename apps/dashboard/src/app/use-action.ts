import { useState } from 'preact/hooks';
import { errorText } from '../components/errors';

/**
 * Runs a change, announces `done` when it worked, keeps the error text when it did not, and
 * reloads either way (the server's state is the truth after a failed change too).
 */
export function useAction(announce: (text: string) => void, reload: () => void) {
  const [error, setError] = useState<string | null>(null);
  const act = async (run: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await run();
      announce(done);
    } catch (err) {
      setError(errorText(err));
    }
    reload();
  };
  return { error, setError, act };
}
