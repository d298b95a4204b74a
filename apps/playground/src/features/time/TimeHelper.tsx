/** Beside a time bound field: relative times (`1h-ago`, `now`) and a date picker; what an epoch value means. */
import type { Field } from '../../lib/schema-form.ts';
import { fromLocalInput, localInput, meaning, RELATIVE, type Relative, relativeValue } from './time-bounds.ts';

interface Props {
  field: Field;
  id: string;
  value: string;
  onChange(value: string): void;
}

export function TimeHelper({ field, id, value, onChange }: Props) {
  const epoch = /^\d{12,13}$/.test(value) ? Number(value) : undefined;
  const said = meaning(value);
  return (
    <div class="time-helper">
      <select
        aria-label={`${field.name}: a relative time`}
        value=""
        onChange={(e) => {
          const choice = (e.target as HTMLSelectElement).value as Relative | '';
          if (choice) onChange(relativeValue(field, choice, Date.now()));
        }}
      >
        <option value="">relative…</option>
        {RELATIVE.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <input
        type="datetime-local"
        id={`${id}-date`}
        aria-label={`${field.name}: a date and time`}
        value={epoch === undefined ? '' : localInput(epoch)}
        onChange={(e) => {
          const ms = fromLocalInput((e.target as HTMLInputElement).value);
          if (ms !== undefined) onChange(String(ms));
        }}
      />
      {said ? <span class="muted small">{said}</span> : null}
    </div>
  );
}
