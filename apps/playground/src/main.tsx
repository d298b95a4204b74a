import { render } from 'preact';
import { App } from './App.tsx';
import 'react-json-view-lite/dist/index.css';
import './styles.css';

render(<App />, document.getElementById('app') as HTMLElement);
