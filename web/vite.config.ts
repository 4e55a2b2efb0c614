import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3210';

/** Dev server only: client-side routes under /portal/ belong to the portal's index.html (the server does this in production). */
const portalHistoryFallback: Plugin = {
  name: 'portal-history-fallback',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const path = req.url?.split('?')[0] ?? '';
      if (/^\/portal(\/|$)/.test(path) && !path.includes('.')) req.url = '/portal/index.html';
      next();
    });
  },
};

/**
 * Two apps from one build: the resident app at `/` (web/index.html) and the staff portal at
 * `/portal/` (web/portal/index.html). The server serves web/dist statically; both share /assets/.
 * No inline script or style ends up in the HTML, so the site's CSP (script-src 'self'; style-src 'self') holds.
 * web/public/ is copied unhashed to the root: files that need a fixed address (the service worker
 * /sw.js, whose scope is the folder it is served from, and the favicon it shows on notifications).
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: 'public',
  plugins: [react(), portalHistoryFallback],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Inlined assets would become data: URLs in CSS/JS; keep fonts and images as files under /assets/.
    assetsInlineLimit: 0,
    sourcemap: true,
    // React, the design system, zod and i18next are shared by both apps and change rarely: one cached vendor file.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // pdf.js is loaded only when a document is opened, in a chunk of its own.
            { name: 'pdfjs', test: /node_modules[\\/]pdfjs-dist[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](?!pdfjs-dist[\\/]).*\.[cm]?js$/ },
            { name: 'shared', test: /[\\/]web[\\/]src[\\/]shared[\\/]|designsystemet-css/ },
          ],
        },
      },
      input: {
        resident: fileURLToPath(new URL('./index.html', import.meta.url)),
        portal: fileURLToPath(new URL('./portal/index.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    // In development the API and the BankID simulator live on the real server.
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/bankid-sim': { target: apiTarget, changeOrigin: false },
    },
  },
});
