import { batch, effect } from '@preact/signals';
import { render } from 'preact';
import { App } from './App';
import { startPanel, templatesLoaded } from './controller';
import { loadAnalysisEngine, loadEngines, warmLanguages } from './engines';
import { analysis, engineWarm, firstReadoutOnly, modelState, modelVersion, needsEngine } from './state';
import './style.css';

firstReadoutOnly.value = true;
render(<App />, document.getElementById('app') as HTMLElement);
startPanel();

/** Longest wait for a paint: a panel the browser does not paint (hidden) still upgrades. */
const PAINT_WAIT_MS = 250;

/**
 * The first read-out is the background's when it has one for this conversation; once it is painted, the
 * engine, the DISC reader and the model load, and the read-out is redone with all three. Nothing heavy runs
 * before the first read-out is on screen, except the engine itself when nothing was waiting (pasted text, a
 * conversation the background has not read yet).
 */
async function upgrade(): Promise<void> {
  // The escalation model only adds flags to the rules' own, so it loads beside the emotion model and the re-read
  // below picks up both.
  // Their loaders are imported here, not at the top: with them, the chunk the first read-out waits for would
  // carry both models' scoring code.
  const [m, , esc] = await Promise.all([
    import('@/lib/model').then((x) => x.loadModel()),
    loadEngines(),
    import('@/lib/analysis/escalation/learned').then((x) => x.loadEscalationModel()),
  ]);
  batch(() => {
    modelState.value = m ? 'ready' : 'off';
    if (m || esc) modelVersion.value++;
    engineWarm.value = true;
  });
  warmLanguages();
}

effect(() => {
  if (needsEngine.value) void loadAnalysisEngine();
});

let scheduled = false;
const stop = effect(() => {
  if (scheduled || !analysis.value) return;
  scheduled = true;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    stop();
    // The suggestions need the agent's templates (hidden built-ins, their own): the rest of the panel waits for
    // them, read since start-up, so no suggestion the agent hid shows for a moment.
    void templatesLoaded.then(() => {
      firstReadoutOnly.value = false;
      // The rest of the panel renders in this task; the heavy loading starts in the next one, after its paint.
      setTimeout(upgrade, 0);
    });
  };
  // rAF runs just before the frame is painted; a task posted from it runs after. The second hop lets the
  // read-out's own "painted" mark (components/panel/marks.ts) land before the rest of the panel renders.
  requestAnimationFrame(() => setTimeout(() => setTimeout(run, 0), 0));
  setTimeout(run, PAINT_WAIT_MS);
});
