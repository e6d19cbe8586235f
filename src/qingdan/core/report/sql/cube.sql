-- One pass over the judged rows builds every aggregate the report needs (grouping sets):
--   g = 1: by input file, month and community (with its street and district)
--   g = 2: by kind, matched item, raw title and department
-- each also by verdict and whether the row is inside the report's filters. Everything else
-- in the report is a small query over this table.
CREATE OR REPLACE TEMP TABLE qd_cube AS
SELECT
  CASE WHEN GROUPING(community) = 0 THEN 1 ELSE 2 END AS g,
  in_scope, CAST(verdict AS VARCHAR) AS verdict, source, month, district, street, community, department, kind, matched_id,
  title,
  count(*) AS n,
  sum(hours) AS hours,
  min(date) AS first_date,
  max(date) AS last_date
FROM judged
GROUP BY GROUPING SETS (
  (in_scope, verdict, source, month, district, street, community),
  (in_scope, verdict, kind, matched_id, title, department)
)
