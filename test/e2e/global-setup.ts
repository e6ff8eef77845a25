import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built app, e.g. "http://127.0.0.1:41234/". */
    baseUrl: string;
  }
}

/** Serves dist/ with `vite preview` on a free loopback port for the whole run; stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(import.meta.dirname, '../../dist/index.html');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run test:e2e` (it builds first) or `npx vite build`.');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
