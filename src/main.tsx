import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import './i18n/i18n.ts';
import { App } from './app/App.tsx';
import { findPageShell } from './app/pageShell.ts';
import { registerServiceWorker } from './app/registerServiceWorker.ts';

const shell = findPageShell(document);
if (shell) {
  createRoot(shell.main).render(
    <StrictMode>
      <App shell={shell} />
    </StrictMode>,
  );
}

registerServiceWorker();
