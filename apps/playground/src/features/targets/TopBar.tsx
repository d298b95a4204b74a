import browserPackage from '@saymon-sdk/browser/package.json' with { type: 'json' };
import { saveSetting } from '../../lib/storage.ts';
import { update, useStore } from '../../state/store.ts';
import { ExchangeButtons } from '../exchange/ExchangeButtons.tsx';
import { share } from '../request/actions.ts';
import { TargetPicker } from './TargetPicker.tsx';

function toggleTheme() {
  update((s) => {
    const theme = s.theme === 'dark' ? 'light' : 'dark';
    saveSetting('theme', theme);
    return { theme };
  });
}

export function TopBar() {
  const theme = useStore((s) => s.theme);
  return (
    <header class="topbar">
      <div class="brand">
        <h1>SAYMON playground</h1>
        <span class="muted small" title="@saymon-sdk/browser version">
          SDK {browserPackage.version}
        </span>
      </div>
      <TargetPicker />
      <div class="tools">
        <ExchangeButtons />
        <button type="button" onClick={share} title="Copy a link that restores this request">
          Share link
        </button>
        <button
          type="button"
          aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
          onClick={toggleTheme}
        >
          {theme === 'dark' ? 'Light' : 'Dark'} theme
        </button>
      </div>
    </header>
  );
}
