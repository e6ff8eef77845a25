import { eventAnchors, sharedEventClasses } from '../../../src/core/crosslang/events.ts';

describe('sharedEventClasses', () => {
  it('puts an English verb and an Arabic verb of one news event in one class', () => {
    const english = sharedEventClasses('captured', 'en');
    expect(english.length).toBeGreaterThan(0);
    expect(sharedEventClasses('وسيطرت', 'ar').some((k) => english.includes(k))).toBe(true);
    expect(sharedEventClasses('arrested', 'en').some((k) => english.includes(k))).toBe(false);
  });

  it('gives nothing for a word that states no news event', () => {
    expect(sharedEventClasses('blue', 'en')).toEqual([]);
    expect(sharedEventClasses('الكتاب', 'ar')).toEqual([]);
  });
});

describe('event anchors', () => {
  it('let two claims that tell one arrest in other words share an anchor', () => {
    const ar = new Set(eventAnchors('اعتقلت الشرطة ثلاثة صحفيين في المدينة', 'ar').map((a) => a.key));
    const en = eventAnchors('Police detained three journalists in the city', 'en').map((a) => a.key);
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((k) => k.startsWith('e:') && ar.has(k))).toBe(true);
    expect(eventAnchors('The museum opened a gallery of old maps', 'en')).toEqual([]);
  });
});
