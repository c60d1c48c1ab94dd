// Builds the feeds the schema test compares on, in a worker with a deep stack: the hostile corpus
// nests values 2,000 levels deep, more than structuredClone manages on Node's default stack. Sends
// each feed back as JSON text, which is also how a feed reaches a validator.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { importTs } from '../../scripts/load-ts.mjs';
import { mutations } from './feed-mutations.mjs';

const hostile = await importTs('test/hostile/corpus-feeds.ts');
const text = (feed) => JSON.stringify(feed) ?? 'null';
const generated = {};
workerData.feeds.forEach((name, i) => {
  const feed = JSON.parse(readFileSync(`demo/feeds/${name}.json`, 'utf8'));
  generated[name] = mutations(feed, workerData.perFeed, 20261129 + i, hostile).map(text);
});
parentPort.postMessage({ corpus: hostile.corpus.map(text), generated });
