// A helper thread of the batch command: loads the engine and the model, says whether the model loaded (the main
// thread only uses helpers that read lines with the same hybrid as itself), then turns each batch it is sent into
// output bytes, moved back to the main thread without a copy. Started by worker-main.ts (through tsx) or by the
// command's prebuilt bundle (bundle-entry.ts).
import type { MessagePort } from 'node:worker_threads';
import { analyzeBatch } from './batch';
import { loadModels } from './models';
import { OutputBlock } from './output-block';

/** main -> helper: a batch's lines joined by \n (no line holds one: the splitter cut there). */
export interface WorkMessage {
  seq: number;
  text: string;
}

/** helper -> main. */
export type HelperMessage = { kind: 'ready'; model: boolean } | { kind: 'done'; seq: number; bytes: Uint8Array };

export async function serveBatches(port: MessagePort): Promise<void> {
  const model = await loadModels(() => {});
  const out = new OutputBlock();
  port.on('message', ({ seq, text }: WorkMessage) => {
    const bytes = analyzeBatch(text.split('\n'), out);
    port.postMessage({ kind: 'done', seq, bytes } satisfies HelperMessage, [bytes.buffer as ArrayBuffer]);
  });
  port.postMessage({ kind: 'ready', model } satisfies HelperMessage);
}
