// The team panel names articles as every view does (model/outlets.ts), not by a rule of its own.
import { createTranslator } from '../../src/i18n/index.tsx';
import { matchOutlet, pathLabel } from '../../src/features/team/TeamPanel.tsx';

const names = new Map([
  ['a-1', 'Global Wire'],
  ['a-2', 'Article 2'],
]);

describe('team panel names', () => {
  it('shows a conflict on an article field under the article’s name and the field’s label', () => {
    expect(pathLabel('articles/a-1/outlet', names, createTranslator('en'))).toBe('Global Wire · Outlet');
    expect(pathLabel('articles/a-2/date', names, createTranslator('en'))).toBe('Article 2 · Date');
    expect(pathLabel('name', names, createTranslator('en'))).toBe('Case name');
    expect(pathLabel('corrections/x:c1', names, createTranslator('en'))).toBe('corrections/x:c1');
  });

  it('names a claim found elsewhere by the open case’s name for its article, or the core rule for another case', () => {
    expect(matchOutlet({ caseId: 'open', articleId: 'a-2', outlet: null }, 'open', names)).toBe('Article 2');
    expect(matchOutlet({ caseId: 'other', articleId: 'b-9', outlet: 'Free Press' }, 'open', names)).toBe('Free Press');
    expect(matchOutlet({ caseId: 'other', articleId: 'b-9', outlet: null }, 'open', names)).toBe('b-9');
  });
});
