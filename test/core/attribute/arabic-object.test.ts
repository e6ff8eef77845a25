import { describe, expect, it } from 'vitest';
import { attributionAt, claimsOf } from './helpers.ts';

describe('Arabic: a demonstrative after the subject opens the verb object', () => {
  it('"ووصفت الوزارة هذا القرار بأنه …": the source is the ministry, not "الوزارة هذا القرار"', () => {
    const a = attributionAt(claimsOf('ووصفت الوزارة هذا القرار بأنه خطوة مهمة نحو الاستقرار.', 'ar'), 'خطوة');
    expect(a?.source.text).toBe('الوزارة');
    expect(a?.cue.text).toBe('ووصفت');
  });

  it('a demonstrative opening the subject stays in it ("وقال هذا المسؤول إن …")', () => {
    const a = attributionAt(claimsOf('وقال هذا المسؤول إن المفاوضات ستستأنف قريبا.', 'ar'), 'المفاوضات');
    expect(a?.source.text).toBe('هذا المسؤول');
  });
});
