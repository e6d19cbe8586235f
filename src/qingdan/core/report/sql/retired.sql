-- Items still done on or after the day they were retired.
SELECT i.id AS item_id, i.title, i.list_kind, i.retired_on, sum(c.n) AS count,
  round(coalesce(sum(c.hours), 0), 1) AS hours,
  min(c.first_date) AS first_date, max(c.last_date) AS last_date
FROM qd_cube AS c
JOIN qd_items AS i ON i.id = c.matched_id
WHERE c.g = 2 AND c.in_scope AND c.verdict = 'retired'
GROUP BY i.id, i.title, i.list_kind, i.retired_on
ORDER BY count DESC, i.id
