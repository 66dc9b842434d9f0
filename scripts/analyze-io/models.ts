import { loadEscalationModel } from '../../lib/analysis/escalation/learned';
import { loadModel } from '../../lib/model';

/**
 * Loads both learned models before the first line, so every line is read by the same hybrid (the rules alone
 * where one cannot load). True when both loaded: the main thread only uses helper threads that agree with it.
 */
export async function loadModels(warn: (message: string) => void): Promise<boolean> {
  const [emotion, escalation] = await Promise.all([loadModel(), loadEscalationModel()]);
  if (emotion === null) warn('analyze: the emotion model could not be loaded; rules only');
  if (escalation === null) warn('analyze: the escalation model could not be loaded; escalation rules only');
  return emotion !== null && escalation !== null;
}
