import { resolveUiLocale } from '@supportlink/rules';
import { render } from 'preact';
import { sessionTokenStore } from './api/session';
import { App } from './app/App';
import { savedLanguage, savedTheme } from './app/preferences';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  render(
    <App
      tokens={sessionTokenStore()}
      locale={resolveUiLocale(savedLanguage(), navigator.languages ?? [navigator.language])}
      theme={savedTheme()}
    />,
    root,
  );
}
