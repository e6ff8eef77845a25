/// <reference types="vite/client" />

/** The example case's analysis made at build time (vite.config.ts); null in the dev server. */
declare module 'virtual:parallax/example-analysis' {
  export function loadExampleAnalysis(language: import('../model/uiSlice.ts').UiLanguage): Promise<import('../core/types.ts').CaseAnalysis | null>;
}
