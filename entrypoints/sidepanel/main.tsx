import { render } from 'preact';

render(<main>Heartline</main>, document.getElementById('app') as HTMLElement);
