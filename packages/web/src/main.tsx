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
