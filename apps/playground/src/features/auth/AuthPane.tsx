import { targetOf } from '../../state/derived.ts';
import { useStore } from '../../state/store.ts';
import { AuthPanel } from './AuthPanel.tsx';
import { logout, setAuth, switchAuth, tokenFlow } from './actions.ts';

export function AuthPane() {
  const auth = useStore((s) => s.auth);
  const busy = useStore((s) => s.authBusy || !targetOf(s));
  const message = useStore((s) => s.authMessage);
  return (
    <AuthPanel
      auth={auth}
      onAuth={setAuth}
      onSwitch={switchAuth}
      onTokenFlow={tokenFlow}
      onLogout={logout}
      busy={busy}
      message={message}
    />
  );
}
