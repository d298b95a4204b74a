import { render } from 'preact';
import { App } from './App.tsx';
import { openSharedLink } from './features/request/actions.ts';
import './styles.css';

openSharedLink();
render(<App />, document.getElementById('app') as HTMLElement);
