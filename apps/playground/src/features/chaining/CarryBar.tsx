import { useMemo, useState } from 'preact/hooks';
import { asText } from '../../lib/variables.ts';
import { endpointOf, formStateOf } from '../../state/derived.ts';
import { update, useStore } from '../../state/store.ts';
import { matchSlot, putCarry, slotsOf } from './actions.ts';

/** A value taken from an answer, waiting above the form for the field it goes into (any endpoint's). */
export function CarryBar() {
  const carry = useStore((s) => s.carry);
  const endpoint = useStore(endpointOf);
  const bodyMode = useStore((s) => formStateOf(s).bodyMode);
  const slots = useMemo(() => slotsOf(endpoint, bodyMode), [endpoint, bodyMode]);
  const [chosen, setChosen] = useState<string | undefined>();
  if (!carry) return null;
  const matched = matchSlot(slots, carry.key);
  const key = chosen ?? (matched ? `${matched.part}.${matched.name}` : '');
  const slot = slots.find((s) => `${s.part}.${s.name}` === key);
  return (
    <section class="carry" id="carry" tabIndex={-1} aria-label="Value to use">
      <span class="small">
        <code>{carry.from}</code> = <code>{asText(carry.value).slice(0, 80)}</code>
      </span>
      {slots.length ? (
        <>
          <label for="carry-field" class="small">
            Put into
          </label>
          <select id="carry-field" value={key} onChange={(e) => setChosen(e.currentTarget.value)}>
            {matched ? null : <option value="">choose a field</option>}
            {slots.map((s) => (
              <option key={`${s.part}.${s.name}`} value={`${s.part}.${s.name}`}>
                {s.part} {s.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!slot}
            onClick={() => {
              if (!slot) return;
              setChosen(undefined);
              putCarry(slot);
            }}
          >
            Put
          </button>
        </>
      ) : (
        <span class="muted small">This request has no field to put it in: choose another endpoint.</span>
      )}
      <button type="button" class="link" aria-label="Drop the value" onClick={() => update({ carry: undefined })}>
        ×
      </button>
    </section>
  );
}
