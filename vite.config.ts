import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The built page may run only its own scripts and workers: article text is data, never code. The dev
// server needs inline scripts (React refresh), so the policy is added to the built page only.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'parallax-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}

// Language data in the browser build (src/core/lang/preload*.ts): the module that registers every
// language and the bridge between them at once (as Node needs) is replaced, in the page by one that
// registers the languages only (the bridge comes with the cross-language view), and in the analysis
// worker by one that registers none: the worker loads the languages of the case it analyses, each a
// chunk of its own (src/core/lang/registry.ts loadLanguages). The dev server keeps them all.
const EAGER_LANGUAGES = fileURLToPath(new URL('./src/core/lang/preload.ts', import.meta.url));

function languagesOnDemand(where: 'page' | 'lazy'): Plugin {
  return {
    name: 'parallax-languages-on-demand',
    apply: 'build',
    // Before Vite's own resolver, which would otherwise answer first.
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/preload.ts') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === EAGER_LANGUAGES ? EAGER_LANGUAGES.replace(/\.ts$/, `.${where}.ts`) : null;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), languagesOnDemand('page')],
  // Relative asset paths: the built app also works from a sub-folder or a static file server.
  base: './',
  worker: { format: 'es', plugins: () => [languagesOnDemand('lazy')] },
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
