-- For each department, the work off the lists it gave communities, by title (drill-down).
SELECT c.department, c.kind, arg_max(c.title, c.n) AS title, sum(c.n) AS count,
  round(coalesce(sum(c.hours), 0), 1) AS hours
FROM qd_cube AS c
LEFT JOIN qd_matches AS m ON m.title = c.title AND m.kind = c.kind
WHERE c.g = 2 AND c.in_scope AND c.verdict NOT IN ('on_list', 'rejected')
GROUP BY c.department, c.kind, coalesce(m.norm, c.title)
ORDER BY c.department, count DESC, title
