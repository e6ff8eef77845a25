import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
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

// The example case's analysis, made at build time by the app's own code (src/app/exampleAnalysis.ts, through
// scripts/build/exampleAnalyses.ts) from
// the seed articles of this very build: a first visit shows the case without analysing it (the worker's
// analysis of the five seeds was most of the time to the first row). A chunk per interface language,
// fetched with the example case (the module that picks one is in the main chunk); the dev server and
// tests give none (the worker analyses the case).
const EXAMPLE_ANALYSIS = 'virtual:parallax/example-analysis';

function exampleAnalysisAtBuild(): Plugin {
  let building = false;
  let made: Promise<{ analyses: Record<string, unknown>; files: string[] }> | undefined;
  const make = () =>
    (made ??= runnerImport<typeof import('./scripts/build/exampleAnalyses.ts')>(fileURLToPath(new URL('./scripts/build/exampleAnalyses.ts', import.meta.url))).then(
      ({ module, dependencies }) => ({ analyses: module.analyses, files: dependencies }),
    ));
  return {
    name: 'parallax-example-analysis',
    configResolved(config) {
      building = config.command === 'build';
    },
    // Started with the build, so the analysis runs while the rest is bundled.
    buildStart() {
      if (building) void make().catch(() => undefined);
    },
    resolveId: (source) => (source === EXAMPLE_ANALYSIS || source.startsWith(`${EXAMPLE_ANALYSIS}-`) ? `\0${source}` : null),
    async load(id) {
      if (!id.startsWith(`\0${EXAMPLE_ANALYSIS}`)) return null;
      if (!building) return 'export const loadExampleAnalysis = () => Promise.resolve(null);';
      const { analyses, files } = await make();
      for (const file of files) this.addWatchFile(file);
      const language = id.slice(`\0${EXAMPLE_ANALYSIS}-`.length);
      if (id !== `\0${EXAMPLE_ANALYSIS}`) return `export default JSON.parse(${JSON.stringify(JSON.stringify(analyses[language]))});`;
      const loaders = Object.keys(analyses).map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${EXAMPLE_ANALYSIS}-${l}`)})`);
      return `const byLanguage = { ${loaders.join(', ')} };\nexport const loadExampleAnalysis = (language) => (byLanguage[language] ? byLanguage[language]().then((m) => m.default) : Promise.resolve(null));`;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), languagesOnDemand('page'), exampleAnalysisAtBuild()],
  // Relative asset paths: the built app also works from a sub-folder or a static file server.
  base: './',
  worker: { format: 'es', plugins: () => [languagesOnDemand('lazy')] },
  build: { target: 'es2022', sourcemap: false },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
