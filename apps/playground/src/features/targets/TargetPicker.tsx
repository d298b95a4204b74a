import { type TargetKind, update, useStore } from '../../state/store.ts';
import { chooseTarget, connectReal, resetTab } from './actions.ts';

const TARGET_LABELS: Record<TargetKind, string> = {
  tab: 'Emulator in this tab',
  local: 'Local emulator server',
  real: 'Real SAYMON (via proxy)',
};

/** Where calls go: the in-tab emulator, the local emulator server, or a real server through the proxy. */
export function TargetPicker() {
  const targetKind = useStore((s) => s.targetKind);
  const config = useStore((s) => s.config);
  const realUrl = useStore((s) => s.realUrl);
  const readOnly = useStore((s) => s.readOnly);
  const available: Record<TargetKind, boolean> = {
    tab: true,
    local: Boolean(config?.local),
    real: Boolean(config?.real),
  };
  return (
    <div class="target">
      <label for="target">Target</label>
      <select
        id="target"
        value={targetKind}
        onChange={(e) => chooseTarget((e.target as HTMLSelectElement).value as TargetKind)}
      >
        {(Object.keys(TARGET_LABELS) as TargetKind[]).map((k) => (
          <option key={k} value={k} disabled={!available[k]}>
            {TARGET_LABELS[k]}
            {available[k] ? '' : ' (needs npm run playground)'}
          </option>
        ))}
      </select>
      {targetKind === 'tab' ? (
        <button type="button" onClick={resetTab} title="Back to the demo estate">
          Reset emulator
        </button>
      ) : null}
      {targetKind === 'real' ? (
        <>
          <label class="sr-only" for="real-url">
            SAYMON URL
          </label>
          <input
            id="real-url"
            class="url"
            placeholder="https://saymon.example.com"
            value={realUrl}
            onInput={(e) => update({ realUrl: (e.target as HTMLInputElement).value })}
          />
          <button type="button" onClick={connectReal}>
            Connect
          </button>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={readOnly}
              checked={readOnly}
              onChange={(e) => update({ readOnly: (e.target as HTMLInputElement).checked })}
            />
            Read-only
          </label>
        </>
      ) : null}
    </div>
  );
}
