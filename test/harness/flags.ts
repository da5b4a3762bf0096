/**
 * Which fixture error each SupportLink flag belongs to. Runs inside the page (pass it to
 * `evaluate` with the flag selector), so Playwright (Chromium) and Puppeteer (Firefox) share it.
 * A flag inside an error's slot belongs to it; one placed beside a message belongs to the error
 * just before (or after) it.
 */
export function flaggedErrorIds(flagSelector: string): string[] {
  const slots = [...document.querySelectorAll<HTMLElement>('.fixture-error-slot')];
  const flags = [...document.querySelectorAll<HTMLElement>(flagSelector)];
  return flags.map((flag) => {
    const inside = slots.find((s) => s.contains(flag));
    if (inside) return inside.dataset.errorId ?? '?';
    const slotIn = (el: Element | null): HTMLElement | undefined =>
      el ? slots.find((s) => s === el || el.contains(s) || s.contains(el)) : undefined;
    for (let el: Element | null = flag; el && el !== document.body; el = el.parentElement) {
      const found = slotIn(el.previousElementSibling) ?? slotIn(el.nextElementSibling);
      if (found) return found.dataset.errorId ?? '?';
    }
    return '?';
  });
}
