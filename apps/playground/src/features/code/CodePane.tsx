import { useMemo } from 'preact/hooks';
import type { AuthSettings } from '../../lib/send.ts';
import { type Language, type SnippetAuth, snippet } from '../../lib/snippets.ts';
import { saveSetting } from '../../lib/storage.ts';
import { tabSnippetNote } from '../../lib/targets.ts';
import { builtOf, endpointOf, targetOf } from '../../state/derived.ts';
import { update, useStore } from '../../state/store.ts';
import { CodePanel } from './CodePanel.tsx';

function snippetAuth(auth: AuthSettings): SnippetAuth {
  if (auth.type === 'basic' || auth.type === 'session') return { type: auth.type, login: auth.login };
  return auth.type === 'token' ? { type: 'token' } : { type: 'none' };
}

function chooseLanguage(language: Language) {
  saveSetting('language', language);
  update({ language });
}

/** The request on screen as code, in the language chosen (credentials are never written out). */
export function CodePane() {
  const language = useStore((s) => s.language);
  const dry = useStore((s) => s.dry);
  const target = useStore(targetOf);
  const endpoint = useStore(endpointOf);
  const built = useStore(builtOf);
  const auth = useStore((s) => s.auth);
  const config = useStore((s) => s.config);
  const targetKind = useStore((s) => s.targetKind);
  const code = useMemo(() => {
    if (!dry?.ok || !target) return undefined;
    return snippet(language, {
      endpoint,
      server: target.server,
      input: built.input,
      wire: dry.wire,
      auth: snippetAuth(auth),
    });
  }, [dry, target, language, endpoint, built, auth]);
  return (
    <CodePanel
      language={language}
      onLanguage={chooseLanguage}
      code={code}
      note={targetKind === 'tab' ? tabSnippetNote(config) : undefined}
    />
  );
}
