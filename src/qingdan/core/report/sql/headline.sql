-- Headline figures: rows judged, on the lists, off the lists (of which: needs review), hours.
SELECT
  coalesce(sum(n) FILTER (WHERE verdict <> 'rejected'), 0) AS judged,
  coalesce(sum(n) FILTER (WHERE verdict = 'rejected'), 0) AS rejected,
  coalesce(sum(n) FILTER (WHERE verdict = 'on_list'), 0) AS on_list,
  coalesce(sum(n) FILTER (WHERE verdict NOT IN ('on_list', 'rejected')), 0) AS off_list,
  coalesce(sum(n) FILTER (WHERE verdict = 'review'), 0) AS review,
  coalesce(sum(hours) FILTER (WHERE verdict <> 'rejected'), 0) AS hours,
  coalesce(sum(hours) FILTER (WHERE verdict NOT IN ('on_list', 'rejected')), 0) AS off_list_hours,
  min(first_date) FILTER (WHERE verdict <> 'rejected') AS first_date,
  max(last_date) FILTER (WHERE verdict <> 'rejected') AS last_date
FROM qd_cube
WHERE g = 2 AND in_scope
