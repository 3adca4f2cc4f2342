import './styles/tokens.css';
import './styles/base.css';
import './app/layout.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { HostProvider } from './host';
import { initI18n } from './i18n/i18n';
import { languageOf } from './i18n/pseudo-locale';
import { pageHost } from './page-host';

initI18n(languageOf(window.location.search));

const container = document.getElementById('root');
if (container === null) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <HostProvider host={pageHost}>
      <App />
    </HostProvider>
  </StrictMode>,
);
