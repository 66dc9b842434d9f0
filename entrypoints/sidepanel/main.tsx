import { render } from 'preact';
import { loadModel } from '@/lib/model';
import { App } from './App';
import { startPanel } from './controller';
import { modelState, modelVersion } from './state';
import './style.css';

render(<App />, document.getElementById('app') as HTMLElement);
startPanel();
// The rules answer at once; the model's chunk is parsed after the first paint and the read-out then updates.
void loadModel().then((m) => {
  modelState.value = m ? 'ready' : 'off';
  if (m) modelVersion.value++;
});
