import { describe, expect, it } from 'vitest';
import { ingestOk, readAnnotation, readFixture, removedOf } from './helpers.ts';

const SEEDS = ['000_2427181fa13bf9fd', '001_3bad17fa363f9cbe', '002_0aadbd7856e2093e', '003_51949b29daeb2046', '004_1c09f43d1289937b'];
const ENGLISH = ['en-01_globalwire', 'en-02_estrelherald', 'en-03_freepress', 'en-04_mstnews'];

function seed(id: string) {
  const raw = readFixture('seeds', `${id}.txt`);
  return { raw, article: ingestOk({ id, raw, fileName: `${id}.txt` }) };
}

function english(id: string) {
  const raw = readFixture('english', `${id}.txt`);
  return { raw, article: ingestOk({ id, raw }) };
}

describe.each([...SEEDS.map((id) => ['seeds', id]), ...ENGLISH.map((id) => ['english', id])])('%s/%s against its annotation', (dir, id) => {
  const raw = readFixture(dir!, `${id}.txt`);
  const article = ingestOk({ id: id!, raw });
  const annotation = readAnnotation(id!);

  it('drops every annotated furniture line and records it', () => {
    const removedTexts = article.removed.map((r) => r.text);
    for (const line of annotation.furniture) {
      expect(removedTexts, line).toContain(line.trim());
      expect(article.text.split('\n')).not.toContain(line.trim());
    }
  });

  it('keeps every annotated claim and own-voice sentence', () => {
    for (const snippet of [...annotation.ownVoice, ...annotation.attributions.map((a) => a.claim)]) {
      if (raw.includes(snippet)) expect(article.text, snippet).toContain(snippet);
    }
  });

  it('keeps every line that is not removed, unchanged but for trimming', () => {
    const removed = new Set(article.removed.map((r) => r.text));
    const kept = new Set(article.text.split('\n'));
    for (const line of raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      expect(removed.has(line) || kept.has(line), line).toBe(true);
    }
  });

  it('leaves no blank-line runs and no untrimmed lines', () => {
    expect(article.text).not.toMatch(/\n\n\n/);
    expect(article.text).toBe(article.text.trim());
    for (const line of article.text.split('\n')) expect(line).toBe(line.trim());
  });
});

describe('Arabic seeds', () => {
  it('000: the Hijri/Gregorian dateline, editor-in-chief lines and section names go; title, outlet and date are kept as metadata', () => {
    const { article } = seed('000_2427181fa13bf9fd');
    expect(removedOf(article).slice(0, 7)).toEqual([
      'dateline: الأربعاء 24 أبريل 2024 الموافق 15 شوال 1445',
      'boilerplate: رئيس التحرير',
      'boilerplate: شيماء جلال',
      'navigation: عاجل',
      'navigation: عرب وعالم',
      'outlet-name: الرئيس نيوز',
    ]);
    expect(article).toMatchObject({ title: 'تفاصيل لقاء حفتر مع وفد "الفرصة الأخيرة" وتهديدات باستهداف مقره بـ"الرجمة"', outlet: 'الرئيس نيوز', date: '2024-04-24' });
    // The headline stays above the body, as the article's title claim.
    expect(article.text.startsWith(article.title!) && article.text.includes('التقى قائد الجيش الوطني الليبي، المشير خليفة حفتر')).toBe(true);
    // Subheadings inside the body stay.
    expect(article.text).toContain('\n\nتهديدات أمريكية تركية\n\n');
    expect(article.text).toContain('\n\nتوافق مصري فرنسي\n\n');
    expect(article.text.endsWith('على حساب الاستقرار في ليبيا والأمن الإقليمي بأسره.')).toBe(true);
  });

  it('001: ad label, tag lines, byline, both "read also" lines and share buttons go', () => {
    const { article } = seed('001_3bad17fa363f9cbe');
    expect(removedOf(article)).toEqual([
      'boilerplate: اعلان',
      'navigation: حفتر',
      'navigation: حفتر',
      'byline: كتب : سها صلاح',
      'related-links: اقرأ أيضاً: البرلمان الليبي يطلب تدخل مصر المباشر في البلاد.. ما هي ردود أفعال القبائل على ذلك؟',
      'related-links: اقرأ أيضاً.. قبائل المنطقة الغربية يرحبون بأشقائهم وفد شيوخ وأعيان ليبيا في مصر: إجماع شعبي أن مصيرنا واحد',
      'share-buttons: WhatsApp',
      'share-buttons: Telegram',
      'related-links: إقرأ أيضاً',
    ]);
    expect(article.byline).toBe('سها صلاح');
    expect(article.text).toContain('ماذا حدث في لقاء الوفد الأمريكي لحفتر؟');
    expect(article.text).toContain('زيارةمشايخ وقبائل ليبيا إلى القاهرة');
    expect(article.text.endsWith('منذ الإطاحة بالرئيس السابق معمر القذافي في 2011.')).toBe(true);
  });

  it('002: section name, related-articles header, comment form and back-to-top go; NBSP inside the text is kept', () => {
    const { raw, article } = seed('002_0aadbd7856e2093e');
    expect(removedOf(article)).toEqual([
      'navigation: أخبارمصر',
      'related-links: مقالات ذات صلة',
      'comment-form: اترك تعليقاً',
      'comment-form: لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
      'navigation: زر الذهاب إلى الأعلى',
    ]);
    expect(article.text).toContain('كشفت\u00A0 مصادر مصرية');
    expect(article.text).toContain('رئيس مجلس نواب طبرق\u00A0 في القاهرة');
    const nbspIn = (s: string) => [...s].filter((c) => c === '\u00A0').length;
    expect(nbspIn(article.text)).toBe(nbspIn(raw));
  });

  it('003: a text without blank lines keeps its line-separated paragraphs; echoed headlines and the sign-up prompt go', () => {
    const { article } = seed('003_51949b29daeb2046');
    expect(removedOf(article)).toEqual([
      'title: معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة',
      'related-links: المجموعات الموالية لحكومة «الوفاق» تدعي إحباط هجوم لقوات الجيش في طرابلس',
      'title: معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة',
      'subscription: لم تشترك بعد',
      'subscription: انشئ حساباً خاصاً بك لتحصل على أخبار مخصصة لك ولتتمتع بخاصية حفظ المقالات وتتلقى نشراتنا البريدية المتنوعة',
    ]);
    expect(article.title).toBe('معلومات عن لقاء حفتر بمسؤولين أميركيين في القاهرة');
    expect(article.text.split('\n')).toHaveLength(12);
    expect(article.text).not.toContain('\n\n');
  });

  it('004: the mashed outlet/date/views line, caption, repeated title, comment rules and cookie notice go', () => {
    const { article } = seed('004_1c09f43d1289937b');
    expect(article).toMatchObject({ title: 'حفتر يصل القاهرة لإجراء مباحثات حول تطورات الأوضاع فى ليبيا', outlet: 'الرصيفة الأخبارية', date: '2020-06-03' });
    expect(removedOf(article)).toEqual([
      'dateline: الرصيفة الأخبارية3 يونيو 2020wait... مشاهدةآخر تحديث : منذ 6 أشهر',
      'title: حفتر يصل القاهرة لإجراء مباحثات حول تطورات الأوضاع فى ليبيا',
      'boilerplate: خليفة حفتر وعبد الفتاح السيسي - صورة أرشيفية',
      'comment-form: اترك تعليق',
      'comment-form: لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
      'comment-form: شروط التعليق :',
      'comment-form: عدم الإساءة للكاتب أو للأشخاص أو للمقدسات أو مهاجمة الأديان أو الذات الالهية. والابتعاد عن التحريض الطائفي والعنصري والشتائم.',
      'cookie-notice: يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين الخدمات وتجربة القراء. إذا قررت الاستمرار في تصفح موقعنا فنحن نعتبر أنك تقبل باستخدامهم',
      'boilerplate: لمعرفة المزيد ... أضغط هنا',
      'cookie-notice: موافق',
    ]);
    // The deck under the title is a statement of the outlet: conservative ingest keeps it.
    // The headline stays above the body, as the article's title claim.
    expect(article.text.startsWith(article.title!) && article.text.includes('حفتر يصل القاهرة للقاء عدد من المسؤولين المصريين\n\nأفادت مصادر مطلعة')).toBe(true);
    // The leading NBSP of a paragraph is trimmed; the ones inside are kept.
    expect(article.text).toContain('\nوأوضح المسماري أنه');
    expect(article.text).toContain('أحمد\u00A0 المسماري،\u00A0 قد أشار');
  });
});

describe('English fixtures', () => {
  it('en-01: byline, reading time, share row, "Read more:" with its headline list and the credit line go; the dateline paragraph stays', () => {
    const { article } = english('en-01_globalwire');
    expect(removedOf(article)).toEqual([
      'byline: By Hanne Voss and Samir Qadri',
      'boilerplate: 4 minute read',
      'share-buttons: Share on Facebook',
      'share-buttons: Share on X',
      'share-buttons: Email',
      'related-links: Read more:',
      "related-links: Marovia's vote: what you need to know",
      'related-links: Who is Irena Dasko?',
      'byline: Reporting by Hanne Voss in Estrel and Samir Qadri in Port Amsel; Editing by Tom Ashby',
      'boilerplate: Our Standards: The Global Wire Trust Principles.',
    ]);
    expect(article).toMatchObject({ byline: 'Hanne Voss and Samir Qadri', outlet: 'Global Wire' });
    // The headline stays above the body, as the article's title claim.
    expect(article.text.startsWith(article.title!) && article.text.includes("ESTREL, March 3 (Global Wire) - Marovia's Central Electoral Commission")).toBe(true);
  });

  it('en-02: nav bar, byline, published line, newsletter prompt, share row, comments and cookie notice go', () => {
    const { article } = english('en-02_estrelherald');
    expect(article).toMatchObject({ title: 'President Vell wins decisive mandate; rebels attack police in Calder', date: '2025-03-03', byline: 'Staff Reporter' });
    expect(article.removed.map((r) => r.reason)).toEqual([
      'navigation', 'byline', 'dateline', 'subscription', 'subscription', 'related-links', 'share-buttons', 'comment-form', 'cookie-notice',
    ]);
    expect(article.text).toContain('The rebels alleged that troops had fired on civilians');
  });

  it('en-03 and en-04: outlet name lines become metadata', () => {
    expect(english('en-03_freepress').article).toMatchObject({ outlet: 'MAROVIA FREE PRESS', byline: 'Mira Kalnins', date: '2025-03-03' });
    expect(english('en-04_mstnews').article).toMatchObject({ outlet: 'MST News', byline: 'MST News Desk', date: '2025-03-03' });
    expect(english('en-04_mstnews').article.text).toContain('"The people have chosen stability over chaos," Mr. Vell said');
  });
});
