/**
 * Loads the escalation model on first use: the weights are a lazily imported chunk (base64), so the rules
 * answer at once and the model's flags join as soon as the chunk is parsed. Nothing is fetched; the same code
 * runs in Node for the CLI and the evals. Never loaded by the content script.
 */
import { fromBase64 } from '../../../base64';
import { decodeEscalationModel, type EscalationModel } from './model';
import { installEscalationModel } from './raise';

let loading: Promise<EscalationModel | null> | null = null;

export function decodeEscalationBase64(s: string): EscalationModel {
  return decodeEscalationModel(fromBase64(s));
}

/** Resolves to the installed model, or null when it could not be read (the rules then work alone). */
export function loadEscalationModel(): Promise<EscalationModel | null> {
  loading ??= import('./escalation-weights')
    .then(({ ESCALATION_MODEL_BASE64 }) => {
      const m = decodeEscalationBase64(ESCALATION_MODEL_BASE64);
      installEscalationModel(m);
      return m;
    })
    .catch(() => null);
  return loading;
}

export { installEscalationModel, installedEscalationModel } from './raise';
