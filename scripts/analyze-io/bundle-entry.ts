// The prebuilt bundle's entry (bundle.ts): on the main thread it exports the command; loaded as a helper thread's
// file it serves batches.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HELPER } from './helpers';
import { serveBatches } from './worker';

export { command } from './command';

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[HELPER] === true) {
  void serveBatches(parentPort);
}
