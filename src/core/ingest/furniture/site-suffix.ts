/**
 * A site's name after a headline ("Talks collapse | The Daily Post", "Talks collapse - Daily Post"),
 * copied with the page's title: the site's, not the headline's, so it is no part of the title claim.
 * A dash before words other than the outlet's name is the headline's own source ("… - officials",
 * "… — TV") and stays.
 */
import { foldForMatch } from '../../normalize/index.ts';

/** Words a site's name after a pipe has at most ("News | World | The Daily Post" is three parts of a few words). */
const SITE_WORDS = 8;
const PIPE = /\s+[|｜]\s+/u;
const DASH = /\s+[-–—·:]\s+(?=[^\s\-–—·:][^\-–—·:]*$)/u;

/**
 * Where a site's name after the headline starts in `line` (at the separator's space), or -1: after the
 * first pipe when the rest is short; after a last dash (or colon, middle dot) only when the rest is the
 * outlet's name the page or the user states.
 * @example siteSuffixAt('Talks collapse | The Daily Post') === 14
 */
export function siteSuffixAt(line: string, outlet?: string): number {
  const text = line.trimEnd();
  const pipe = PIPE.exec(text);
  if (pipe && pipe.index > 0) {
    const rest = text.slice(pipe.index + pipe[0].length);
    if (rest.split(/\s+/u).filter(Boolean).length <= SITE_WORDS) return pipe.index;
  }
  if (!outlet) return -1;
  const dash = DASH.exec(text);
  if (!dash || dash.index === 0) return -1;
  const rest = text.slice(dash.index + dash[0].length);
  return foldForMatch(rest).trim() === foldForMatch(outlet).trim() ? dash.index : -1;
}
