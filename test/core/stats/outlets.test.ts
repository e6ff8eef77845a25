import { describe, expect, it } from 'vitest';
import '../../../src/core/lang/preload.ts';
import { relayedOutletName } from '../../../src/core/stats/outlets.ts';

const key = (text: string, lang: 'ar' | 'en') => relayedOutletName(text, lang).key;

describe('relayed outlet names', () => {
  it('one outlet under its head noun, its quotation marks or a glued preposition has one key', () => {
    expect(key('وكالة «الفجر»', 'ar')).toBe(key('الفجر', 'ar'));
    expect(key('لصحيفة النهار الجديد', 'ar')).toBe(key('النهار الجديد', 'ar'));
    expect(relayedOutletName('لصحيفة النهار الجديد', 'ar').shown).toBe('صحيفة النهار الجديد');
    expect(key('the Harbour Gazette newspaper', 'en')).toBe(key('Harbour Gazette', 'en'));
  });

  it('drops a small-letter word of another script from an Arabic name, and the words after a quoted name', () => {
    expect(relayedOutletName('صحيفة blorp الإيطالية', 'ar').shown).toBe('صحيفة الإيطالية');
    expect(relayedOutletName('قناة "الضفة" التابعة', 'ar').shown).toBe('قناة الضفة');
    // A capitalised Latin name is a name, kept.
    expect(relayedOutletName('صحيفة Harbour Gazette', 'ar').shown).toBe('صحيفة Harbour Gazette');
  });

  it('an outlet only described keeps its head: one unnamed paper, but a paper and an agency stay apart', () => {
    expect(key('صحيفة blorp الإيطالية', 'ar')).toBe(key('صحيفة إيطالية', 'ar'));
    expect(key('الصحيفة الإيطالية', 'ar')).toBe(key('صحيفة إيطالية', 'ar'));
    expect(key('وكالة إيطالية', 'ar')).not.toBe(key('صحيفة إيطالية', 'ar'));
    // A definite name after an indefinite head is a name ("قناة الفلانية" is that channel).
    expect(key('قناة الساحلية', 'ar')).toBe(key('الساحلية', 'ar'));
  });
});
