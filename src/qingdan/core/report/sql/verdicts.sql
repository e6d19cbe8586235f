-- Rows by verdict (the reasons work is off the lists).
SELECT verdict, sum(n) AS count, round(coalesce(sum(hours), 0), 1) AS hours
FROM qd_cube
WHERE g = 2 AND in_scope AND verdict <> 'rejected'
GROUP BY verdict
ORDER BY count DESC, verdict
