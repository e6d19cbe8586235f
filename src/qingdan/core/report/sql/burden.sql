-- Burden trend: off-list hours per community per month (mean over communities with activity
-- that month, and the heaviest community's hours).
WITH per AS (
  SELECT month, district, street, community,
    coalesce(sum(hours) FILTER (WHERE verdict <> 'on_list'), 0) AS off_hours
  FROM qd_cube
  WHERE g = 1 AND in_scope AND verdict <> 'rejected'
  GROUP BY month, district, street, community
)
SELECT strftime(month, '%Y-%m') AS month,
  count(*) AS communities,
  round(avg(off_hours), 2) AS mean_off_list_hours,
  round(max(off_hours), 1) AS max_off_list_hours
FROM per
GROUP BY 1
ORDER BY 1
