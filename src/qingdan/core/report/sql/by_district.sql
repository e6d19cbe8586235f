-- Work by district: rows, rows off the lists (needs review included), their share and hours.
SELECT
  district,
  sum(n) AS total,
  coalesce(sum(n) FILTER (WHERE verdict <> 'on_list'), 0) AS off_list,
  round(coalesce(sum(n) FILTER (WHERE verdict <> 'on_list'), 0) / sum(n), 4) AS off_list_share,
  round(coalesce(sum(hours) FILTER (WHERE verdict <> 'on_list'), 0), 1) AS off_list_hours
FROM qd_cube
WHERE g = 1 AND in_scope AND verdict <> 'rejected'
GROUP BY district
ORDER BY off_list DESC, total DESC, district
