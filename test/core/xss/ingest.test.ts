/**
 * Node-level XSS checks of the ingest: every payload of fixtures/xss/payloads.json in every context a
 * page can hide it (see ./payloads.ts). The browser-level proof (no script ran in Chromium) is the e2e
 * suite's; here: the ingest never hands on a page's script code, and its metadata is plain text.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXTS, loadPayloads, MARK, xssProblems } from './payloads.ts';
import { ingestArticle } from '../../../src/core/ingest/index.ts';

const payloads = loadPayloads();

describe('XSS payloads through the ingest', () => {
  it('has a corpus to test', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(50);
    expect(payloads.filter((p) => p.html.includes(MARK)).length).toBeGreaterThanOrEqual(40);
  });

  for (const context of CONTEXTS) {
    it(`in the ${context.name}: no script code in the text, metadata is plain text`, () => {
      const failures = payloads.map((p) => ({ id: p.id, problems: xssProblems(p, context) })).filter((f) => f.problems.length > 0);
      expect(failures).toEqual([]);
    });
  }

  it('keeps the article text around a payload (the payload does not swallow the page)', () => {
    const result = ingestArticle({ id: 'x', raw: CONTEXTS[0]!.build('<img src=x onerror=alert(1)><script>alert(2)</script>'), format: 'html' });
    expect(result.ok && result.data.text).toContain('budget talks with the opposition had failed');
    expect(result.ok && result.data.text).not.toMatch(/alert|onerror|<img|<script/);
  });
});
