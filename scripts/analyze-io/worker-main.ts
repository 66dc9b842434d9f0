// A helper thread's entry when the command runs from source through tsx (no prebuilt bundle).
import { parentPort } from 'node:worker_threads';
import { serveBatches } from './worker';

if (parentPort) await serveBatches(parentPort);
