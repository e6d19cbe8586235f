-- Off-list work by kind and title. Titles written differently but normalizing alike
-- (qd_matches.norm) count together, shown under their most frequent spelling.
WITH t AS (
  SELECT c.kind, coalesce(m.norm, c.title) AS title_key, c.title, sum(c.n) AS n,
    coalesce(sum(c.hours), 0) AS hours
  FROM qd_cube AS c
  LEFT JOIN qd_matches AS m ON m.title = c.title AND m.kind = c.kind
  WHERE c.g = 2 AND c.in_scope AND c.verdict NOT IN ('on_list', 'rejected')
  GROUP BY c.kind, title_key, c.title
), k AS (
  SELECT kind, title_key, arg_max(title, (n, title)) AS title, sum(n) AS count,
    round(sum(hours), 1) AS hours
  FROM t GROUP BY kind, title_key
)
SELECT kind, title, count, hours,
  row_number() OVER (PARTITION BY kind ORDER BY count DESC, title) AS rank
FROM k
QUALIFY rank <= $top
ORDER BY kind, rank
