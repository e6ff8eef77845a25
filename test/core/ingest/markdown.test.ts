import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/core/ingest/markdown.ts';
import { ingestOk, readFixture, removedOf } from './helpers.ts';

describe('Markdown', () => {
  it('strips syntax: headings, emphasis, links, images, lists, quotes; code kept as text; scripts removed', () => {
    expect(markdownToText('# Title\n\nThe **minister** [said](http://x.org/a_(b)) _so_ and `ok`.\n\n![img](a.png)\n\n- one\n* two\n3. three\n\n> quoted\n\n```js\nconst a = 1;\n```\n<script>alert(1)</script>\nA \\*literal\\* star.').text).toBe(
      'Title\n\nThe minister said so and ok.\n\n\n\none\ntwo\nthree\n\nquoted\n\nconst a = 1;\n\nA *literal* star.',
    );
  });

  it('keeps snake_case and lone asterisks as written', () => {
    expect(markdownToText('file_name_here and 5 * 3 and the * mark').text).toBe('file_name_here and 5 * 3 and the * mark');
  });

  it('English article: front matter gives metadata; furniture dropped', () => {
    const article = ingestOk({ raw: readFixture('markdown', 'en-river-report.md'), fileName: 'en-river-report.md' });
    expect(article).toMatchObject({
      format: 'markdown',
      title: 'River levels fall as flood warnings are lifted',
      outlet: 'Valley Courier',
      date: '2024-03-18',
      byline: 'Tomas Reed',
    });
    expect(removedOf(article)).toEqual([
      'byline: By Tomas Reed · 3 min read',
      'share-buttons: Share this article',
      'related-links: Related: How the 2019 floods changed the town',
      'subscription: Sign up for our newsletter',
    ]);
    expect(article.text).toContain('"The worst is behind us, but the ground is still saturated," agency spokesperson Clara Holt said in a statement.');
    expect(article.text).toContain('the lower town, where 140 homes were flooded\nthe Mill Lane industrial estate\nfarmland along the eastern bank');
    expect(article.text).not.toMatch(/[*#![\]]|https?:|alert/);
  });

  it('Arabic article without front matter: sniffed from content; byline, read-also list and share prompt dropped', () => {
    const article = ingestOk({ raw: readFixture('markdown', 'ar-tagrir.md') });
    expect(article.format).toBe('markdown');
    expect(article).toMatchObject({ title: 'افتتاح معرض الكتاب بمشاركة 300 دار نشر', byline: 'يوسف النجار' });
    expect(removedOf(article)).toEqual([
      'byline: كتب: يوسف النجار',
      'related-links: اقرأ أيضاً:',
      'related-links: الإعلان عن جوائز الرواية العربية',
      'share-buttons: شارك الخبر',
    ]);
    // The headline stays above the body, as the article's title claim.
    expect(article.text.split('\n\n')[0]).toBe('افتتاح معرض الكتاب بمشاركة 300 دار نشر');
    expect(article.text.split('\n\n')[1]).toBe('افتتح وزير الثقافة، صباح اليوم السبت، الدورة الجديدة من معرض الكتاب بمشاركة 300 دار نشر من 25 دولة.');
    expect(article.text.endsWith('يستمر المعرض عشرة أيام.\nالدخول مجاني للطلاب.')).toBe(true);
  });
});
