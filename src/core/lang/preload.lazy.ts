// The analysis worker's stand-in for preload.ts (swapped in by vite.config.ts): nothing is registered up
// front; the worker loads a case's languages (registry.ts loadLanguages) before it imports the analysis.
export {};
