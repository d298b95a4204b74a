import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { type ProxyState, playgroundMiddleware } from './server/proxy.ts';

/** The dev server's targets: the local emulator (PLAYGROUND_LOCAL_EMULATOR) and a real server (SAYMON_URL or the page). */
function playgroundServer(): Plugin {
  const state: ProxyState = {
    local: process.env.PLAYGROUND_LOCAL_EMULATOR || undefined,
    real: process.env.SAYMON_URL || undefined,
  };
  return {
    name: 'saymon-playground-server',
    configureServer(server) {
      server.middlewares.use(playgroundMiddleware(state));
    },
    configurePreviewServer(server) {
      server.middlewares.use(playgroundMiddleware(state));
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [preact(), playgroundServer()],
  build: {
    target: 'es2024',
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
