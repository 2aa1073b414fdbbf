import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes precache.json: the files the service worker keeps when it installs, so that every page
 * it serves offline has its code (the large map data is left out: it loads when a map is shown).
 */
function precacheList(): Plugin {
  return {
    name: 'veza-precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle)
        .map((item) => item.fileName)
        .filter((name) => /\.(js|css|svg|woff2?)$/.test(name) && !name.includes('countries-'))
        .map((name) => `/${name}`)
        .sort();
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: `${JSON.stringify(files)}\n` });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precacheList()],
  // The manifest says which files each page loads: the bundle benchmark reads it.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1200, manifest: true },
  server: { port: 5173, proxy: { '/api': 'http://localhost:8080' } },
});
