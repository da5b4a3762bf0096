import { useEffect } from 'preact/hooks';

/** Each screen names the document, so tabs, history and screen readers say where you are. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · SupportLink`;
  }, [title]);
}
