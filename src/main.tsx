import './styles.css';
import './i18n/i18n.ts';
import { findPageShell } from './app/pageShell.ts';
import { startApp } from './app/startApp.tsx';
import { registerServiceWorker } from './app/registerServiceWorker.ts';

const shell = findPageShell(document);
if (shell) startApp(shell);

registerServiceWorker();
