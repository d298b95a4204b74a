import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Never answered from a cache: the API and its files, the dev server's routes, anything carrying a
 * token. The service worker only precaches the build's own files and falls back to index.html for
 * navigations; these are kept out of that fallback too (it has no runtime caching at all).
 */
export const NEVER_CACHED = [/^\/__/, /\/node\/api(?:\/|$)/, /\/node-resources\//, /[?&](?:api|auth)-token=/i];

/** Installable and offline after the first load: a web manifest and a Workbox service worker (vite-plugin-pwa). */
const offline = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  manifest: {
    name: 'SAYMON playground',
    short_name: 'SAYMON',
    description: 'Try every SAYMON REST API call in a browser, with an emulator in the tab.',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#2456c9',
    background_color: '#ffffff',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,png,webmanifest,json}'],
    // the OpenAPI document (~1 MB) is part of the build: offline, it downloads too
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: NEVER_CACHED,
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  base: './',
  plugins: [preact(), playgroundServer(), offline],
  build: {
    target: 'es2024',
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
