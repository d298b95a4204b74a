import { render } from 'preact';
import { App } from './App.tsx';
import { openSharedLink } from './features/request/actions.ts';
import 'react-json-view-lite/dist/index.css';
import './styles.css';

openSharedLink();
render(<App />, document.getElementById('app') as HTMLElement);
