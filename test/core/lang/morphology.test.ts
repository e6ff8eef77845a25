// The Arabic proclitics are spelled once (lang/ar/morphology.json); each stage's list is derived from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ar from '../../../src/core/lang/ar/index.ts';
import { procliticList } from '../../../src/core/lang/ar/morphology.ts';
import { PREFIXES } from '../../../src/core/lang/ar/lemmas.ts';
import { languageBundle } from '../../../src/core/lang/registry.ts';

const AR = join(import.meta.dirname, '../../../src/core/lang/ar');

describe('Arabic proclitics', () => {
  it('writes combinations out in order, a fused pair as it is written (ل + ال is لل)', () => {
    expect(procliticList('gluedConjunctions')).toEqual(['و', 'ف']);
    expect(procliticList('nounPrefixes')).toEqual(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل']);
    expect(procliticList('lemmaPrefixes')).toEqual(['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'وس', 'وب', 'ول', 'و', 'ف', 'ب', 'ل', 'س']);
  });

  it('is what every stage reads: the language bundle and the lemma candidates', () => {
    expect(languageBundle('ar')).toBe(ar);
    expect(ar.attribution.grammar.namePrefixes).toEqual(procliticList('nameJoiners'));
    expect(ar.attribution.morphology.conjunctions).toEqual(procliticList('gluedConjunctions'));
    expect(ar.attribution.morphology.nounPrefixes).toEqual(procliticList('nounPrefixes'));
    expect(ar.entities.proclitics).toEqual(procliticList('nameProclitics'));
    expect(ar.entities.dictionaryForms.clitics).toEqual(procliticList('dictionaryClitics'));
    expect(ar.numbers.clitics).toEqual(procliticList('numberClitics'));
    expect(ar.stopwords.gluedConjunctions).toEqual(procliticList('gluedConjunctions'));
    expect(PREFIXES).toEqual(procliticList('lemmaPrefixes'));
  });

  it('is spelled in no other data file of the language', () => {
    const keys = /"(namePrefixes|conjunctions|nounPrefixes|clitics|proclitics|gluedConjunctions)"\s*:/u;
    for (const file of ['attribution.json', 'entities.json', 'numbers.json', 'stopwords.json']) {
      expect(readFileSync(join(AR, file), 'utf8')).not.toMatch(keys);
    }
    expect(readFileSync(join(AR, 'lemmas.ts'), 'utf8')).not.toMatch(/'و'|'ب'|'وال'/u);
  });
});
