import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/language/index.ts';

describe('detectLanguage', () => {
  it('recognises Arabic and English prose', () => {
    expect(detectLanguage('وقال المتحدث باسم الوزارة إن الوفد وصل إلى القاهرة أمس في زيارة لم يعلن عنها.')).toBe('ar');
    expect(detectLanguage('The minister said on Tuesday that the talks had failed and that he would resign.')).toBe('en');
  });

  it('says und for languages it has no data for, even in a known script', () => {
    expect(detectLanguage('Le ministre a dit que les forces avancent dans la ville depuis mardi.')).toBe('und');
    expect(detectLanguage('وزیر امور خارجه گفت که مذاکرات پیشرفت داشته است و گفتگوها ادامه می‌یابد.')).toBe('und');
  });

  it('says und for text without letters', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12345 — 678')).toBe('und');
  });

  it('decides by the dominant script in mixed text', () => {
    expect(detectLanguage('قال مسؤول في وزارة الخارجية لوكالة Reuters إن الاجتماع تأجل إلى موعد لاحق.')).toBe('ar');
  });
});
