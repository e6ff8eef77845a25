import { describe, expect, it } from 'vitest';
import { newDraft } from '../../../src/core/actors/labels.ts';

describe('newDraft', () => {
  it('gives every draft the same fields in the same order, optional ones included', () => {
    const title = newDraft(0, 'harbour master', 4, 18, 'neutral', 'discovered', 'title', 'harbour master');
    const name = newDraft(3, 'Tovar', 40, 45, 'neutral', 'discovered', undefined, 'name: tovar');
    name.preName = true;
    expect(Object.keys(name)).toEqual(Object.keys(title));
    expect(Object.keys(title)).toContain('description');
    expect(title.form).toBe('title');
    expect(name.form).toBeUndefined();
  });
});
