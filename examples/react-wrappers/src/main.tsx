/**
 * React renders first, without the kit; the views (and with them the kit) come in a chunk of their
 * own once the feed is there (React.lazy). peacekit/react's wrappers set `data` as a property
 * whatever the order, where plain `<pk-…>` tags rendered before the kit loads would get the
 * attribute data="[object Object]".
 */
import { StrictMode, Suspense, lazy, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const Views = lazy(() => import('./Views.js'));

declare global {
  interface Window {
    /** Whether the kit's timeline was defined when React first rendered (the packaging test reads it). */
    definedAtFirstRender?: boolean;
  }
}

function App() {
  const [feed, setFeed] = useState<unknown>(null);
  useEffect(() => {
    window.definedAtFirstRender ??= customElements.get('pk-peacebuilding-timeline') !== undefined;
    fetch('/feeds/sierra-leone.json').then((r) => r.json()).then(setFeed);
  }, []);
  return (
    <main>
      <h1>Sierra Leone, 1999–2012</h1>
      {feed ? (
        <Suspense fallback={<p>Loading the views…</p>}>
          <Views feed={feed} />
        </Suspense>
      ) : (
        <p>Loading the feed…</p>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
