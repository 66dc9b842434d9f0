import { render } from 'preact';
import { App } from './App';
import { startPanel } from './controller';
import './style.css';

render(<App />, document.getElementById('app') as HTMLElement);
startPanel();
