/**
 * "Where else was this claim reported?": claims of the team's cases that share LSH band keys with the
 * claim, from the GIN index on the keys. Like alignment's `maxBucket`, a band bucket holding very many
 * claims (a band of common words) contributes only its first members, so one query reads a bounded
 * number of rows however large the archive grows.
 */
import type { Elsewhere } from './contract.ts';
import type { Queryable } from './db.ts';



/** Two shared bands: a pair with about a fifth of its terms in common; one band alone is mostly chance. */
export const MIN_SHARED_KEYS = 2;
/** Members read from one band bucket. */
export const BUCKET_CAP = 200;

export async function whereElse(db: Queryable, teamId: string, keys: readonly number[], exclude: { caseId: string; articleId: string }, limit = 20): Promise<Elsewhere[]> {
  if (!keys.length) return [];
  const found = await db.query<Elsewhere>(
    `SELECT c.case_id AS "caseId", k.name AS "caseName", c.article_id AS "articleId", c.claim_id AS "claimId", c.text, c.outlet, m.shared
       FROM (SELECT hit.id, count(*)::int AS shared
               FROM unnest($2::integer[]) AS band(key)
               CROSS JOIN LATERAL (SELECT id FROM claims WHERE keys @> ARRAY[band.key] AND team_id = $1 LIMIT $5) AS hit
              GROUP BY hit.id HAVING count(*) >= $6) AS m
       JOIN claims c ON c.id = m.id JOIN cases k ON k.id = c.case_id
      WHERE NOT (c.case_id = $3 AND c.article_id = $4)
      ORDER BY m.shared DESC, c.case_id, c.claim_id LIMIT $7`,
    [teamId, keys, exclude.caseId, exclude.articleId, BUCKET_CAP, MIN_SHARED_KEYS, limit],
  );
  return found.rows;
}
