/**
 * Two people share a team case through the Parallax server (embedded PGlite, the built dashboard):
 * each signs in in their own browser; the editor's change reaches the viewer; the viewer cannot change
 * the case; the editor keeps working offline and the change syncs when the connection is back.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/server/runtime.ts';
import { launchChromium, waitForAnalysis } from './browser.ts';

const PASSWORD = 'correct horse battery';
const ARTICLES = [
  { id: 'wire', outlet: 'Wire One', raw: 'The port authority said on Monday that the harbour would reopen on Friday. Officials said damage to the cranes was limited.' },
  { id: 'daily', outlet: 'The Daily', raw: 'The harbour will reopen on Friday, the port authority said. A union leader claimed that workers had not been consulted.' },
];

async function json(url: string, method: string, body?: unknown, cookie = ''): Promise<{ status: number; body: Record<string, unknown>; cookie: string }> {
  const response = await fetch(url, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, cookie: (response.headers.get('set-cookie') ?? cookie).split(';')[0]! };
}

async function signInOnPage(page: Page, base: string, email: string): Promise<void> {
  await page.goto(base);
  await waitForAnalysis(page);
  const panel = page.locator('.team-panel');
  await panel.getByLabel('Email').fill(email);
  await panel.getByLabel('Password').fill(PASSWORD);
  await panel.getByRole('button', { name: 'Sign in', exact: true }).click();
  await panel.getByRole('button', { name: 'Open Harbour' }).click();
  await expect.poll(() => page.locator('.case-name').innerText(), { timeout: 30_000 }).toBe('Harbour');
}

async function editField(page: Page, articleName: string, field: 'Outlet' | 'Title', value: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Case', exact: true }).click();
  await page.getByRole('button', { name: `Edit ${articleName}` }).click();
  const input = page.locator('.article-fields').getByLabel(field, { exact: true });
  await input.fill(value);
  await input.press('Enter');
  await input.blur();
}

describe('two users share a team case', () => {
  let runtime: Runtime;
  let browser: Browser;
  let base = '';
  let caseId = '';
  let editorCookie = '';

  beforeAll(async () => {
    runtime = await openRuntime({ staticDir: resolve(import.meta.dirname, '../../dist'), maintenanceIntervalSeconds: 1 });
    base = (await runtime.app.listen({ port: 0, host: '127.0.0.1' })) + '/';
    for (const email of ['editor@example.org', 'viewer@example.org']) await json(`${base}api/signup`, 'POST', { email, password: PASSWORD });
    editorCookie = (await json(`${base}api/login`, 'POST', { email: 'editor@example.org', password: PASSWORD })).cookie;
    const team = (await json(`${base}api/teams`, 'POST', { name: 'Desk' }, editorCookie)).body.id as string;
    await json(`${base}api/teams/${team}/members`, 'POST', { email: 'viewer@example.org', role: 'viewer' }, editorCookie);
    caseId = (await json(`${base}api/teams/${team}/cases`, 'POST', { name: 'Harbour' }, editorCookie)).body.id as string;
    for (const article of ARTICLES) await json(`${base}api/cases/${caseId}/articles`, 'POST', article, editorCookie);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await runtime?.close();
  });

  const serverArticle = async (id: string) => {
    const got = await json(`${base}api/cases/${caseId}`, 'GET', undefined, editorCookie);
    return (got.body.articles as { id: string; outlet: string | null; title: string | null }[]).find((a) => a.id === id)!;
  };

  it('the editor edits, the viewer sees it and cannot edit; offline edits sync when back', async () => {
    const editor = await browser.newContext();
    const viewer = await browser.newContext();
    const a = await editor.newPage();
    const b = await viewer.newPage();
    const errors: string[] = [];
    for (const page of [a, b]) page.on('pageerror', (e) => errors.push(e.message));

    await signInOnPage(a, base, 'editor@example.org');
    await signInOnPage(b, base, 'viewer@example.org');
    await expect.poll(() => b.locator('.team-case [role="status"]').innerText()).toMatch(/Read only/);
    // The server's workers' progress reaches the dashboard, then "up to date".
    await expect.poll(() => a.locator('.team-server-analysis').innerText(), { timeout: 30_000 }).toMatch(/Server analysis up to date/);

    // The editor renames an outlet in the dashboard; it is saved to the team as a revision.
    await editField(a, 'Wire One', 'Outlet', 'Wire Two');
    await expect.poll(async () => (await serverArticle('wire')).outlet, { timeout: 20_000 }).toBe('Wire Two');

    // The viewer's dashboard picks it up.
    await b.getByRole('navigation').getByRole('button', { name: 'Case', exact: true }).click();
    await expect.poll(() => b.getByRole('button', { name: 'Edit Wire Two' }).count(), { timeout: 20_000 }).toBe(1);

    // The viewer's own edit is not the team's: the server keeps the editor's value and the page returns to it.
    await editField(b, 'The Daily', 'Outlet', 'Vandal');
    await expect.poll(() => b.getByRole('button', { name: 'Edit The Daily' }).count(), { timeout: 20_000 }).toBe(1);
    expect((await serverArticle('daily')).outlet).toBe('The Daily');

    // Offline, the editor goes on working; the change is kept and sent when the connection is back.
    await editor.setOffline(true);
    await editField(a, 'The Daily', 'Title', 'Reopening on Friday');
    await expect.poll(() => a.locator('.team-case [role="status"]').innerText(), { timeout: 20_000 }).toMatch(/Offline/);
    expect((await serverArticle('daily')).title).toBeNull();
    await editor.setOffline(false);
    await expect.poll(async () => (await serverArticle('daily')).title, { timeout: 20_000 }).toBe('Reopening on Friday');
    await expect.poll(() => a.locator('.team-case [role="status"]').innerText(), { timeout: 20_000 }).toMatch(/Saved/);

    // The revision log has the editor's two edits; nothing from the viewer.
    const log = await json(`${base}api/cases/${caseId}/revisions`, 'GET', undefined, editorCookie);
    const authors = (log.body.revisions as { author: string }[]).map((r) => r.author);
    expect(authors).not.toContain('viewer@example.org');
    expect(errors).toEqual([]);
    await editor.close();
    await viewer.close();
  }, 120_000);
});
