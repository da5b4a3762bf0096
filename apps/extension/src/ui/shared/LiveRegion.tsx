/** A polite live region: screen readers announce whatever message it holds. */
export function LiveRegion({ message, id }: { message: string; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" class="sl-live">
      {message}
    </div>
  );
}
