import { useEffect, useState } from 'preact/hooks';

/** A polite live region; `n` changes with every announcement, so a repeated message is read again. */
export function Announcer({ message, n }: { message: string; n: number }) {
  const [text, setText] = useState('');
  useEffect(() => {
    setText('');
    if (!message || n < 0) return;
    const timer = setTimeout(() => setText(message), 60);
    return () => clearTimeout(timer);
  }, [message, n]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
