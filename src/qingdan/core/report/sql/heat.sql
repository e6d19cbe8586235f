-- Heat table for auditors: off-list hours per community per month (needs review included),
-- one row per community and month with any activity; report.html pivots it street × month.
SELECT district, street, community,
  strftime(month, '%Y-%m') AS month,
  round(coalesce(sum(hours) FILTER (WHERE verdict <> 'on_list'), 0), 1) AS off_list_hours
FROM qd_cube
WHERE g = 1 AND in_scope AND verdict <> 'rejected'
GROUP BY district, street, community, month
ORDER BY district, street, community, month
