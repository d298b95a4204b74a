import type { Field } from '../../lib/schema-form.ts';
import { TimeHelper } from '../time/TimeHelper.tsx';
import { isTimeBound } from '../time/time-bounds.ts';

interface Props {
  field: Field;
  part: 'path' | 'query' | 'body';
  value: string;
  error?: string;
  onChange(value: string): void;
}

/** One generated control: its label names the field, its type and whether it is required. */
export function FieldInput({ field, part, value, error, onChange }: Props) {
  const id = `field-${part}-${field.name}`;
  const describedBy = error ? `${id}-error` : undefined;
  const common = {
    id,
    name: field.name,
    'aria-required': field.required ? ('true' as const) : undefined,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  let control: preact.JSX.Element;
  if (field.kind === 'boolean' || field.kind === 'enum') {
    const options = field.kind === 'boolean' ? ['true', 'false'] : (field.options ?? []);
    control = (
      <select {...common} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">(not set)</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'json') {
    control = (
      <textarea
        {...common}
        rows={3}
        value={value}
        placeholder="JSON"
        onInput={(e) => onChange((e.target as HTMLTextAreaElement).value)}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        placeholder={field.kind === 'list' ? 'comma-separated' : undefined}
        value={value}
        onInput={(e) => onChange((e.target as HTMLInputElement).value)}
      />
    );
  }
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>
        <span class="name">{field.name}</span>
        {field.required ? (
          <span class="required" title="required">
            *<span class="sr-only"> (required)</span>
          </span>
        ) : null}
        <span class="type">{field.type}</span>
      </label>
      {control}
      {part === 'query' && isTimeBound(field) ? (
        <TimeHelper field={field} id={id} value={value} onChange={onChange} />
      ) : null}
      {error ? (
        <div class="error-text" id={describedBy} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
