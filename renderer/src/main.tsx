import './styles/tokens.css';
import './styles/base.css';
import './app/layout.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { HostProvider } from './host';
import { initI18n } from './i18n/i18n';
import { lastShownLanguage, showLanguage } from './i18n/language';
import { languageOf } from './i18n/pseudo-locale';
import { pageHost } from './page-host';

const testLanguage = languageOf(window.location.search);
initI18n(testLanguage);

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element.');
const root = createRoot(container);
const render = () =>
  root.render(
    <StrictMode>
      <HostProvider host={pageHost}>
        <App />
      </HostProvider>
    </StrictMode>,
  );

// English is in this script; a language shown last time is loaded before the
// first frame, so the app does not open in English and then switch.
const last = lastShownLanguage();
if (testLanguage !== undefined || last === 'en') render();
else void showLanguage(last).then(render, render);
