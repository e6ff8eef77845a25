/**
 * The one name of an article everywhere (case list, Compare columns, Article view, reports): the core's
 * rule, shared with the CLI and the Markdown report (see core/stats).
 * Example: outletLabel({ id: 'a1', fileName: 'wire.html', outlet: 'Global Wire' }) === 'Global Wire'
 */
export { outletName as outletLabel } from '../core/stats/index.ts';
