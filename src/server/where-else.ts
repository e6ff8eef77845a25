/** "Where else was this claim reported?": claims of the team's cases sharing LSH band keys, from the GIN index. */
import type { Queryable } from './db.ts';

export interface Elsewhere {
  caseId: string;
  caseName: string;
  articleId: string;
  claimId: string;
  text: string;
  outlet: string | null;
  /** Band keys shared with the asked claim (of 40): more means more words in common. */
  shared: number;
}

/** Two shared bands: a pair with about a fifth of its terms in common; one band alone is mostly chance. */
export const MIN_SHARED_KEYS = 2;

export async function whereElse(db: Queryable, teamId: string, keys: readonly number[], exclude: { caseId: string; articleId: string }, limit = 20): Promise<Elsewhere[]> {
  if (!keys.length) return [];
  const found = await db.query<Elsewhere>(
    `SELECT * FROM (
       SELECT c.case_id AS "caseId", k.name AS "caseName", c.article_id AS "articleId", c.claim_id AS "claimId", c.text, c.outlet,
              (SELECT count(*)::int FROM unnest(c.keys) AS x WHERE x = ANY($2::integer[])) AS shared
         FROM claims c JOIN cases k ON k.id = c.case_id
        WHERE c.keys && $2::integer[] AND c.team_id = $1 AND NOT (c.case_id = $3 AND c.article_id = $4)
     ) AS m WHERE shared >= $5 ORDER BY shared DESC, "caseId", "claimId" LIMIT $6`,
    [teamId, keys, exclude.caseId, exclude.articleId, MIN_SHARED_KEYS, limit],
  );
  return found.rows;
}
