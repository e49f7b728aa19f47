import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.js';

/** pushState does not fire popstate; this event tells the app the URL changed. */
const changeEvent = 'kizuki:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** Goes to `path` inside the app without reloading the page (History API). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(changeEvent));
  window.scrollTo(0, 0);
}

/** The current route; re-renders when the URL changes (links, back and forward buttons). */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath);
  return parseRoute(path);
}
