/**
 * The one name of an article everywhere (case list, Compare columns, Article view, report): its outlet
 * (given by the user, or the page's own, e.g. og:site_name), else its title, else its file name, else its id.
 * Example: outletLabel({ id: 'a1', fileName: 'wire.html', outlet: 'Global Wire' }) === 'Global Wire'
 */
export const outletLabel = (article: { id: string; outlet?: string; title?: string; fileName?: string }): string =>
  article.outlet || article.title || article.fileName || article.id;
