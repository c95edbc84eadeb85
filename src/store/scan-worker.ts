import { parentPort, workerData } from 'node:worker_threads';

import { parseFileAt } from './parse-file.js';

/** A thread of ParsePool: parses each batch of paths it is sent and sends the results back. */
const { root, algorithm } = workerData as { root: string; algorithm: 'sha1' | 'sha256' };

parentPort!.on('message', (batch: string[]) => {
  parentPort!.postMessage(batch.map((relPath) => parseFileAt(root, relPath, algorithm)));
});
