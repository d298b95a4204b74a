import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuthSettings } from '../../lib/send.ts';
import { isLazy, type Language, loadSnippet, type SnippetAuth, snippet } from '../../lib/snippets.ts';
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
  const request = useMemo(
    () =>
      dry?.ok && target
        ? { endpoint, server: target.server, input: built.input, wire: dry.wire, auth: snippetAuth(auth) }
        : undefined,
    [dry, target, endpoint, built, auth],
  );
  // HTTPie, wget and requests come from a generator loaded on first use; the others are written at once
  const [lazy, setLazy] = useState<{ language: Language; request: typeof request; code: string } | undefined>();
  useEffect(() => {
    if (!request || !isLazy(language)) return;
    let live = true;
    loadSnippet(language, request).then(
      (code) => live && setLazy({ language, request, code }),
      (error: Error) => live && setLazy({ language, request, code: `The generator did not load: ${error.message}` }),
    );
    return () => {
      live = false;
    };
  }, [request, language]);
  const code = !request
    ? undefined
    : !isLazy(language)
      ? snippet(language, request)
      : lazy?.language === language && lazy.request === request
        ? lazy.code
        : 'Loading the generator…';
  return (
    <CodePanel
      language={language}
      onLanguage={chooseLanguage}
      code={code}
      note={targetKind === 'tab' ? tabSnippetNote(config) : undefined}
    />
  );
}
