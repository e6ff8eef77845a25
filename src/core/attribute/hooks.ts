/**
 * Clause hooks tried in order: each looks at one pattern ("a report inside a clause", "a participle
 * taking the main verb's subject" …) and answers or passes (null). Adding a hook is adding a line to its
 * list, in the place that says which pattern wins over which.
 */

/** A hook answers with a value or passes with null. */
export type Hook<Args extends readonly unknown[], R> = (...args: Args) => R | null;

/**
 * The first answer of the hooks, in order, or null when every hook passes.
 * @example firstAnswer([() => null, () => 3]) // 3
 */
export function firstAnswer<Args extends readonly unknown[], R>(hooks: readonly Hook<Args, R>[], ...args: Args): R | null {
  for (const hook of hooks) {
    const answer = hook(...args);
    if (answer !== null && answer !== undefined) return answer;
  }
  return null;
}
