/** Why the last action failed, announced at once; nothing when it did not. */
export function ErrorNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p class="notice bad" role="alert">
      {text}
    </p>
  );
}
