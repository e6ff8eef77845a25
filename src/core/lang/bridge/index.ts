// The cross-language data, as one bundle: read only when a case mixes languages (registered in ../store.ts).
import arEn from './ar-en.json' with { type: 'json' };
import enSynonyms from './en-synonyms.json' with { type: 'json' };

export default { arEn, enSynonyms } as const;
