import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/core/ingest/index.ts';
import { ingestOk, readFixture, removedOf } from './helpers.ts';

describe('saved HTML pages', () => {
  it('English wire page: Readability body, metadata from og/JSON-LD/meta, furniture and scripts gone', () => {
    const article = ingestOk({ raw: readFixture('html', 'en-harbour-wire.html'), fileName: 'en-harbour-wire.html' });
    expect(article).toMatchObject({
      format: 'html',
      title: 'Port strike ends after 11 days as dockers accept pay offer',
      outlet: 'Northgate Wire',
      date: '2024-11-05',
      byline: 'Lena Brook',
    });
    expect(article.text.split('\n\n')).toEqual([
      'HALVERN, Nov 5 (Northgate Wire) - Dock workers at the port of Halvern voted on Tuesday to accept a 9% pay rise, ending an 11-day strike that had left more than 40 container ships waiting offshore.',
      'The union said 71% of its members backed the offer in a ballot that closed at midnight. "This is a fair deal, and our members have shown they will not be taken for granted," union secretary Moira Platt told reporters.',
      'The port authority said normal operations would resume within 48 hours, although a backlog of cargo could take two weeks to clear.',
      'Costs to exporters',
      "Exporters' groups estimated that the stoppage cost the regional economy about 300 million crowns, a figure the port authority described as exaggerated.",
      "Transport Minister Aron Vesk welcomed the agreement but warned that the government would review the port's emergency procedures, according to a statement from his office.",
    ]);
    expect(removedOf(article)).toEqual(['caption: Photo: container ships at anchor off Halvern.', "related-links: Read more: Why Halvern matters for the region's trade"]);
  });

  it('Arabic page: JSON-LD @graph publisher, author array and date; share row, "read also", comments and cookie notice gone', () => {
    const article = ingestOk({ raw: readFixture('html', 'ar-akhbar-almadina.html') });
    expect(article).toMatchObject({
      format: 'html',
      title: 'وزير المالية: الموازنة الجديدة تخفض العجز إلى 4%',
      outlet: 'أخبار المدينة',
      date: '2023-02-14',
      byline: 'سلمى الراشد',
    });
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^أعلن وزير المالية كريم الهاشمي/);
    expect(paragraphs[2]).toBe('انتقادات المعارضة');
    for (const gone of ['اقرأ أيضاً', 'اترك تعليقاً', 'ملفات تعريف الارتباط', 'واتساب', 'مقالات ذات صلة', 'جميع الحقوق', 'الرئيسية']) {
      expect(article.text).not.toContain(gone);
    }
    expect(removedOf(article)).toContain('related-links: اقرأ أيضاً: البنك المركزي يثبت أسعار الفائدة للشهر الثالث');
  });

  it('never lets a script (or its text) into the output', () => {
    for (const file of ['en-harbour-wire.html', 'ar-akhbar-almadina.html']) {
      const article = ingestOk({ raw: readFixture('html', file) });
      for (const leak of ['alert', 'document.write', 'INJECTED', 'innerHTML', 'نص محقون', 'trackingId', '<script', 'schema.org', 'position:fixed']) {
        expect(article.text, `${file}: ${leak}`).not.toContain(leak);
      }
    }
    const hostile = ingestOk({
      raw: '<html><body><p>The mayor said the bridge would reopen on Friday after repairs.</p><script>fetch("/steal")</script><img src=x onerror="alert(1)"><p>Traffic police confirmed the new route.</p></body></html>',
    });
    expect(hostile.text).toBe('The mayor said the bridge would reopen on Friday after repairs.\n\nTraffic police confirmed the new route.');
  });

  it('falls back to the page text when no article body is found, and filters it', () => {
    const article = ingestOk({ raw: readFixture('html', 'en-short-notice.html') });
    expect(article.text).toBe('The city council said on Monday that the Old Bridge will close for repairs from 3 June.\nBuses will run a replacement service every ten minutes, the council added.');
    expect(removedOf(article)).toEqual(['navigation: Menu | Search | Contact', 'share-buttons: Share this article']);
  });

  it('refuses a page with no extractable text', () => {
    const result = ingestArticle({ id: 'shell', raw: readFixture('html', 'en-app-shell.html') });
    expect(result).toEqual({ ok: false, reason: 'the HTML page has no extractable text' });
  });

  it('what the user states wins over what the page states', () => {
    const article = ingestOk({ raw: readFixture('html', 'en-harbour-wire.html'), outlet: 'My label', date: '2024-11-06' });
    expect(article).toMatchObject({ outlet: 'My label', date: '2024-11-06', byline: 'Lena Brook' });
  });

  it('reads the site name from the <title> suffix when the headline is known from the page', () => {
    const article = ingestOk({
      raw: '<html><head><title>الحكومة تعلن موازنة جديدة - بوابة المدينة</title></head><body><h1>الحكومة تعلن موازنة جديدة</h1><article><p>أعلنت الحكومة اليوم الثلاثاء موازنة جديدة تخفض العجز، وقال وزير المالية إن الإنفاق سيتراجع.</p></article></body></html>',
    });
    expect(article).toMatchObject({ title: 'الحكومة تعلن موازنة جديدة', outlet: 'بوابة المدينة' });
  });

  it('strips the site name from <title> when no og:title is given', () => {
    const article = ingestOk({
      raw: '<html><head><title>Flood waters recede in the valley - Valley Courier</title><meta property="og:site_name" content="Valley Courier"></head><body><article><p>Flood waters receded across the valley on Sunday, officials said, as rain eased for the first time in a week.</p></article></body></html>',
    });
    expect(article).toMatchObject({ title: 'Flood waters recede in the valley', outlet: 'Valley Courier' });
  });

  it('a "read also" list of several items mid-article is dropped whole (its items are lines of one list, not paragraphs)', () => {
    const para = (t: string) => `<p>${t}</p>`;
    const raw = `<html><body><article><h1>Ferry service resumes</h1>${para('The ferry company said on Monday that crossings to the island would resume on Wednesday after a week of storms kept every boat in port.')}<div class="more"><h3>Read also</h3><ul><li><a href="/1">Storm closes the island port</a></li><li><a href="/2">Fishermen count their losses</a></li><li><a href="/3">New timetable for the summer</a></li></ul></div>${para('Passengers with cancelled tickets will be rebooked first, the company added.')}</article></body></html>`;
    const article = ingestOk({ raw, format: 'html' });
    expect(article.text).not.toMatch(/Fishermen|timetable|Storm closes/);
    expect(article.text).toContain('Passengers with cancelled tickets will be rebooked first');
    expect(removedOf(article).filter((r) => r.startsWith('related-links'))).toHaveLength(4);
  });

  it('a photo caption is not article text: listed as a removed caption, in either extraction path', () => {
    const body = '<p>Flood waters receded across the valley on Sunday, officials said, as rain eased for the first time in a week and roads reopened one by one.</p><p>The mayor said schools would open again on Tuesday.</p>';
    const figure = '<figure><img src="a.jpg" alt=""><figcaption>Residents wade through a flooded street on Saturday.</figcaption></figure>';
    for (const raw of [`<html><body><article><h1>Waters recede</h1>${figure}${body}</article></body></html>`, `<div>${figure}<p>Roads reopened.</p></div>`]) {
      const article = ingestOk({ raw, format: 'html' });
      expect(article.text).not.toContain('wade');
      expect(removedOf(article)).toContain('caption: Residents wade through a flooded street on Saturday.');
    }
  });
});

describe('HTML fragments and partial pages', () => {
  it.each([
    ['<p>The minister said the talks had failed on Monday.</p><p>Officials confirmed the account.</p>'],
    ['<body><p>The minister said the talks had failed on Monday.</p><p>Officials confirmed the account.</p></body>'],
    ['<html><p>The minister said the talks had failed on Monday.</p><p>Officials confirmed the account.</p></html>'],
    ['<title>Talks fail</title><p>The minister said the talks had failed on Monday.</p><p>Officials confirmed the account.</p>'],
  ])('%s', (raw) => {
    const article = ingestOk({ raw, format: 'html' });
    expect(article.text).toBe('The minister said the talks had failed on Monday.\n\nOfficials confirmed the account.');
  });
});

describe('metadata is plain text', () => {
  it('strips markup and script content from page metadata', async () => {
    const { plainMeta } = await import('../../../src/core/ingest/plain-meta.ts');
    expect(plainMeta('<b>Jane</b> Doe<script>steal()</script>')).toBe('Jane Doe');
    expect(plainMeta('&lt;img src=x onerror=alert(1)&gt;Lena')).toBe('Lena');
    expect(plainMeta('<scr<script>ipt>x()</scr</script>ipt> Jo') ?? '').not.toMatch(/<\s*\/?\s*[a-z]/i);
    expect(plainMeta('<script>x()</script>')).toBeUndefined();
    expect(plainMeta('  Valley   Courier ')).toBe('Valley Courier');
  });

  it('a page date that is not a date is ignored', () => {
    const article = ingestOk({
      raw: '<html><head><meta property="article:published_time" content="not a date at all"></head><body><article><p>The minister said on Monday that the talks had failed after three days of meetings.</p></article></body></html>',
    });
    expect(article.date).toBeUndefined();
  });

  it('hidden elements never reach the text', () => {
    const article = ingestOk({
      raw: '<html><body><div><p>The minister said on Monday that the talks had failed after three days of meetings.</p><p hidden>Hidden promo text here</p><div style="display: none">Secret tracking words</div><span aria-hidden="true">Icon label</span></div></body></html>',
    });
    expect(article.text).toBe('The minister said on Monday that the talks had failed after three days of meetings.');
  });
});

describe('Readability only where it has elements to choose among', () => {
  const parseBody = async (html: string): Promise<Element> => {
    const { DOMParser } = await import('linkedom');
    return (new DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html') as unknown as Document).body;
  };

  it('a body of text alone or one element leaves it no choice; two elements do not', async () => {
    const { leavesReaderNoChoice } = await import('../../../src/core/ingest/html.ts');
    expect(leavesReaderNoChoice(await parseBody('The minister said the talks had failed.'))).toBe(true);
    expect(leavesReaderNoChoice(await parseBody('<p>The minister said the talks had failed.</p>'))).toBe(true);
    expect(leavesReaderNoChoice(await parseBody('<p>The minister said so.</p><p>Officials agreed.</p>'))).toBe(false);
    expect(leavesReaderNoChoice(await parseBody('<div><p>The minister said the talks had failed.</p></div>'))).toBe(true);
    expect(leavesReaderNoChoice(await parseBody('<div>Accept cookies<p>The minister said the talks had failed.</p></div>'))).toBe(false);
    expect(leavesReaderNoChoice(await parseBody('<div><div><p>The minister said so.</p><p>Officials agreed.</p></div></div>'))).toBe(false);
  });

  it('pasted text as HTML is read whole, quickly, with no warning', () => {
    const quotes = '> '.repeat(20_000);
    const started = process.cpuUsage();
    const article = ingestOk({ raw: `The minister said the talks had failed. ${quotes}`, format: 'html' });
    const cpu = process.cpuUsage(started);
    expect(article.text.startsWith('The minister said the talks had failed. > > >')).toBe(true);
    expect(article.text.split('>').length - 1).toBe(20_000);
    expect(article.warnings).toEqual([]);
    // Readability took seconds on it (one 40,000-character text node); linkedom and the text path take milliseconds.
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1_500);
  });

  it('one long paragraph wrapped in a div is read whole by the text path', () => {
    const quotes = '&gt; '.repeat(20_000);
    const article = ingestOk({ raw: `<html><body><div><p>The minister said the talks had failed. ${quotes}</p></div></body></html>`, format: 'html' });
    expect(article.text.startsWith('The minister said the talks had failed. > > >')).toBe(true);
    expect(article.text.split('>').length - 1).toBe(20_000);
    expect(article.warnings).toEqual([]);
  });

  it('a page region alone still gives its text when nothing else is there', () => {
    const article = ingestOk({ raw: '<nav>The minister said the talks had failed after three days of meetings in the capital.</nav>', format: 'html' });
    expect(article.text).toBe('The minister said the talks had failed after three days of meetings in the capital.');
  });
});
