/**
 * Loads the learned model on first use. The weights are a lazily imported chunk (a base64 string), so the
 * panel shows the rules' read-out at once and the model's as soon as the chunk is parsed; nothing is fetched
 * and the same code runs in Node for the CLI and the eval.
 */
import { fromBase64 } from '../base64';
import { installModel } from './blend';
import { decodeModel, type Model } from './model';

let loading: Promise<Model | null> | null = null;

export { fromBase64 } from '../base64';

/**
 * Resolves to the installed model, or null when it could not be read (the rules then work alone). Scoring and
 * evidence read only its packed rows (packed.ts), so its int8 table `q`, the same 2.4 MB in training's layout,
 * is emptied once they are built: the panel and every CLI thread hold the weights once. Installed again, the
 * model keeps its rows (packedView remembers them); code that needs `q` (training, model.ts `logits`) decodes
 * its own copy with decodeModel.
 */
export function loadModel(): Promise<Model | null> {
  loading ??= import('./weights')
    .then(({ MODEL_BASE64 }) => {
      const m = decodeModel(fromBase64(MODEL_BASE64));
      installModel(m);
      m.q = new Int8Array(0);
      return m;
    })
    .catch(() => null);
  return loading;
}

export { installedModel, installModel } from './blend';
