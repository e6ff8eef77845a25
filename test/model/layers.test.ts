// The house's layers are enforced by lint: a feature is a leaf, the model knows no view, components know no store.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const restricted = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

// The first lint loads the config and its plugins: seconds on a loaded machine.
describe('layer rule', { timeout: 30_000 }, () => {
  it('stops a feature importing another feature or the app', async () => {
    expect(await restricted('src/features/report/Probe.tsx', "import { ActorsView } from '../actors/ActorsView.tsx';\nexport const x = ActorsView;\n")).toHaveLength(1);
    expect(await restricted('src/features/report/probe.ts', "import { makeStore } from '../../app/store.ts';\nexport const x = makeStore;\n")).toHaveLength(1);
    expect(await restricted('src/features/report/deep/probe.ts', "import { x } from '../../../features/case/selectors.ts';\nexport const y = x;\n")).toHaveLength(1);
  });

  it('lets a feature import its own files, the model, components, core and i18n', async () => {
    const code = [
      "import { a } from './selectors.ts';",
      "import { b } from '../../model/caseSlice.ts';",
      "import { c } from '../../components/Panel.tsx';",
      "import { d } from '../../core/types.ts';",
      "import { e } from '../../i18n/index.tsx';",
      'export const all = [a, b, c, d, e];',
    ].join('\n');
    expect(await restricted('src/features/report/probe.ts', code)).toEqual([]);
  });

  it('keeps the model off features and the app, and components off the model', async () => {
    expect(await restricted('src/model/probe.ts', "import { CaseView } from '../features/case/CaseView.tsx';\nexport const x = CaseView;\n")).toHaveLength(1);
    expect(await restricted('src/model/probe.ts', "import { makeStore } from '../app/store.ts';\nexport const x = makeStore;\n")).toHaveLength(1);
    expect(await restricted('src/components/probe.ts', "import { selectCaseName } from '../model/caseSlice.ts';\nexport const x = selectCaseName;\n")).toHaveLength(1);
  });
});
