// First: the schemas of core are built when app.js is evaluated.
import './no-eval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root が見つかりません');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
