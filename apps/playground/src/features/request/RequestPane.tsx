import type { ValidationIssue } from '@saymon-sdk/core';
import { placeholdersIn } from '../../lib/redact.ts';
import { isMutating } from '../../lib/registry.ts';
import { builtOf, choiceOf, endpointOf, examplesFor, formFor, formStateOf, targetOf } from '../../state/derived.ts';
import { useStore } from '../../state/store.ts';
import { useLazy } from '../lazy.ts';

const loadCarry = () => import('../chaining/CarryBar.tsx');

import { chooseExample, send, setBodyMode, setFormState } from './actions.ts';
import { RequestEditor } from './RequestEditor.tsx';
import { useDryRun } from './useDryRun.ts';

const NO_ERRORS: Record<string, string> = {};

export function RequestPane() {
  useDryRun();
  const endpoint = useStore(endpointOf);
  const state = useStore(formStateOf);
  const built = useStore(builtOf);
  const choice = useStore(choiceOf);
  const touched = useStore((s) => s.touched);
  const dry = useStore((s) => s.dry);
  const targetKind = useStore((s) => s.targetKind);
  const readOnly = useStore((s) => s.readOnly);
  const busy = useStore((s) => s.sending || !targetOf(s));
  const carrying = useStore((s) => s.carry !== undefined);
  const carry = useLazy(loadCarry, carrying);
  const form = formFor(endpoint);
  const examples = examplesFor(endpoint);
  // a replayed or shared request shows at once which values it did not keep (it is not sent with the marker)
  const issues: ValidationIssue[] = [...placeholdersIn(built.input), ...(touched && dry && !dry.ok ? dry.issues : [])];
  const chosen = typeof choice === 'number' ? examples[choice] : undefined;
  const docIds = Object.entries(chosen?.path ?? {}).filter(([name, value]) => state.path[name] === value);
  const exampleNote =
    docIds.length && targetKind !== 'real'
      ? `The path ${docIds.length === 1 ? 'id is' : 'ids are'} the docs' (${docIds.map(([, v]) => v).join(', ')}), not the demo estate's: sent as is, the emulator answers 404 Not Found. Take an id from a list call.`
      : undefined;
  const blockedReason =
    targetKind === 'real' && readOnly && isMutating(endpoint)
      ? 'Read-only is on: this call changes data and will not be sent.'
      : undefined;
  return (
    <>
      {carry && carrying ? <carry.CarryBar key={endpoint.id} /> : null}
      <RequestEditor
        endpoint={endpoint}
        form={form}
        state={state}
        issues={issues}
        formErrors={touched ? built.errors : NO_ERRORS}
        onChange={setFormState}
        onBodyMode={setBodyMode}
        examples={examples}
        example={choice}
        onExample={chooseExample}
        exampleNote={exampleNote}
        onSend={send}
        sending={busy}
        blockedReason={blockedReason}
      />
    </>
  );
}
