/**
 * Operation runs: the operations an entity has (its own and its class's) and running one, recorded
 * as a job in `state.jobs`: MQTT operations record the topic and message they would publish,
 * script operations the output of a simulated shell (see `runScript`).
 */
import type { OperationRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { entityTypeOf, type Kind } from './entity-kind.ts';
import { itemsOf, numeric } from './entity-parts.ts';

/** An operation of an entity: its own, or one its class defines (entities inherit class operations). */
export function findOperations(store: Store, record: Rec): OperationRecord[] {
  const own = itemsOf(store, record, 'operations');
  const cls = store.state.classes[String(record.class_id)];
  return cls ? [...own, ...itemsOf(store, cls, 'operations')] : own;
}

/** Replaces `{{args.x}}` with run arguments and `{{field}}` / `{{a.b}}` with the entity's fields. */
function expand(text: string, args: Record<string, unknown>, entity: Rec): string {
  return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (macro, name: string) => {
    const [root, ...rest] = name.split('.');
    let value: unknown = root === 'args' ? args : entity[root as string];
    for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key];
    if (value === undefined || value === null) return macro;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

/**
 * The emulator's stand-in for a shell: `echo` lines write to stdout (`-n` without the newline),
 * `exit N` ends with that code, `false` ends with 1; other commands run silently and succeed.
 */
export function runScript(text: string): { exitCode: number; stdout: string } {
  let stdout = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const echo = line.match(/^echo(\s+-n)?(?:\s+(.*))?$/);
    if (echo) {
      stdout += (echo[2] ?? '').replace(/^(['"])(.*)\1$/, '$2') + (echo[1] ? '' : '\n');
      continue;
    }
    const exit = line.match(/^exit(?:\s+(\d+))?$/);
    if (exit) return { exitCode: Number(exit[1] ?? 0), stdout };
    if (line === 'false') return { exitCode: 1, stdout };
  }
  return { exitCode: 0, stdout };
}

function outcome(store: Store, operation: Rec, args: Record<string, unknown>, entity: Rec): Record<string, unknown> {
  const parameters = (operation.parameters ?? {}) as Record<string, unknown>;
  if (numeric(operation.type) === 1) {
    return {
      topic: expand(String(parameters.topic ?? ''), args, entity),
      message: expand(String(parameters.message ?? ''), args, entity),
    };
  }
  switch (parameters.type) {
    case 'scriptText':
      return runScript(expand(String(parameters.text ?? ''), args, entity));
    case 'scriptReference': {
      const script = store.state.scripts[String(parameters.ref)];
      if (!script) return { exitCode: 127, stdout: `Script ${String(parameters.ref)} not found\n` };
      return runScript(expand(String(script.text ?? ''), args, entity));
    }
    default: {
      // programs on the server's disk are not run: the job records the command line it would start
      const argv = ((parameters.args ?? []) as unknown[]).map((a) => expand(String(a), args, entity));
      return { exitCode: 0, stdout: `${[String(parameters.path ?? ''), ...argv].join(' ')}\n` };
    }
  }
}

/** Runs an operation on an object or link and records the job; returns the job. */
export function runOperation(
  store: Store,
  user: UserRecord,
  kind: Kind,
  entity: Rec,
  operation: Rec,
  args: Record<string, unknown> = {},
  processMeta: Record<string, unknown> | null = null,
): Rec {
  const job: Rec = {
    id: store.newId(),
    operation_id: String(operation.id),
    operation: { name: operation.name ?? null },
    user_id: user.id,
    owner_id: String(entity.id),
    owner_type: entityTypeOf(kind),
    timestamp: store.now(),
    description: outcome(store, operation, args, entity),
    results: [],
    process_meta: processMeta,
  };
  store.state.jobs[job.id] = job;
  return job;
}
