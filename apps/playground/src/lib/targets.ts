/**
 * Which servers the page can reach and which one its snippets name. The dev server (`npm run playground`)
 * says at `/__playground/config.json` where the emulator server it started really listens (8080, or a
 * free port when 8080 is taken); a plain file server has no such answer.
 */
import { devServer } from './gate.ts';

export interface ServerConfig {
  /** The emulator server started beside the dev server (proxied at `/__local`), at the port it got. */
  local?: { server: string };
  /** A real SAYMON server behind the dev server's proxy (`/__real`); its URL is set from the page. */
  real?: { server?: string };
}

/** Where `npm run emulator` listens by default: what snippets name when no emulator server runs beside the page. */
export const DEFAULT_EMULATOR_SERVER = 'http://127.0.0.1:8080';

/** The dev server's answer; `{}` when the page is served without it (a static build on a file server). */
export async function loadServerConfig(
  get: (path: '/__playground/config.json') => Promise<Response> = devServer,
): Promise<ServerConfig> {
  try {
    const answer = await get('/__playground/config.json');
    if (!answer.ok || !answer.headers.get('content-type')?.includes('json')) return {};
    return (await answer.json()) as ServerConfig;
  } catch {
    return {};
  }
}

/**
 * The server snippets of the in-tab emulator name (the tab itself has no address): the emulator server
 * beside the dev server, at its real port, else the one `npm run emulator` starts.
 */
export function tabSnippetServer(config: ServerConfig): string {
  return config.local?.server ?? DEFAULT_EMULATOR_SERVER;
}

/** The line under the snippets of the in-tab emulator: which server they call, at its real address. */
export function tabSnippetNote(config: ServerConfig | undefined): string | undefined {
  if (!config) return undefined;
  return config.local
    ? `The in-tab emulator has no address: snippets call the emulator server beside this page (${config.local.server}).`
    : `The in-tab emulator has no address: snippets call the emulator server (npm run emulator, ${DEFAULT_EMULATOR_SERVER}).`;
}
