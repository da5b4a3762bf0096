/** Theme and language choices: not secret, so they persist in localStorage (the token does not). */
export type ThemeChoice = 'auto' | 'light' | 'dark';
const THEME = 'supportlink.dashboard.theme';
const LANGUAGE = 'supportlink.dashboard.language';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function savedTheme(): ThemeChoice {
  const v = read(THEME);
  return v === 'light' || v === 'dark' ? v : 'auto';
}

export function saveTheme(choice: ThemeChoice): void {
  write(THEME, choice);
}

/** `auto` follows the system through CSS (prefers-color-scheme); the others pin it. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function savedLanguage(): string | null {
  return read(LANGUAGE);
}

export function saveLanguage(locale: string): void {
  write(LANGUAGE, locale);
}
