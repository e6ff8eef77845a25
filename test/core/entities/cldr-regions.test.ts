import { resolveEntities } from '../../../src/core/entities/index.ts';
import { phraseNameFor } from '../../../src/core/crosslang/bridge.ts';
import { placeNameFor } from '../../../src/core/entities/place-names.ts';
import { foldForMatch } from '../../../src/core/normalize/index.ts';
import { buildArticle } from '../align/build.ts';

// CLDR gives some regions under two codes (one region, two keys): their Arabic name still names it.
describe('CLDR regions ICU lists under two codes', () => {
  it('keeps their Arabic names in the bridge', () => {
    expect(phraseNameFor(['المملكه', 'المتحده'])).toBe('united kingdom');
    expect(placeNameFor(foldForMatch('روسيا'))).toBe('russia');
  });

  it('gives the acronym of such a region its Arabic name', () => {
    const index = resolveEntities([
      buildArticle('en1', 'The UK said on 4 May that its envoy would travel to the talks. The UK also froze 40 accounts.', 'en'),
      buildArticle('en2', 'Officials in the UK declined to comment on the 40 accounts.', 'en'),
      buildArticle('ar1', 'قالت المملكة المتحدة يوم 4 مايو إن مبعوثها سيتوجه إلى المحادثات، وجمدت 40 حسابا.', 'ar'),
    ]);
    const uk = index.entities.find((e) => e.name === 'UK' || e.aliases.includes('UK'));
    expect(uk?.mentions.filter((m) => m.articleId === 'ar1').map((m) => m.text)).toContain('المملكة المتحدة');
  });
});
