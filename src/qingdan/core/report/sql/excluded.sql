-- Rows read but outside the report's filters (--from/--to/--district/--street).
SELECT coalesce(sum(n), 0) AS excluded FROM qd_cube WHERE g = 1 AND NOT in_scope
