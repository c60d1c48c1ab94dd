/** Mounts the example: fetches the feed, then renders the app. */
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const feed = await (await fetch('/feeds/sierra-leone.json')).json();
createRoot(document.getElementById('root')!).render(<App feed={feed} />);
