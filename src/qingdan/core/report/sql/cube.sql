-- One pass over the judged rows builds every aggregate the report needs (grouping sets):
--   g = 1: by input file, month and community (with its street and district), and whether the
--          row is on the lists, off them or rejected (verdict 'on_list', 'off_list', 'rejected')
--   g = 2: by kind, matched item, raw title and department, and the row's verdict
-- each also by whether the row is inside the report's filters. g = 1 folds the off-list
-- verdicts into one: a third of the groups of a key by verdict, where the hashing of every row
-- costs most (the verdicts themselves, with first and last dates, come from g = 2). Everything
-- else in the report is a small query over this table.
CREATE OR REPLACE TEMP TABLE qd_cube AS
SELECT
  CASE WHEN GROUPING(community) = 0 THEN 1 ELSE 2 END AS g,
  in_scope,
  CASE
    WHEN GROUPING(community) = 1 THEN CAST(verdict AS VARCHAR)
    WHEN status = 0 THEN 'on_list'
    WHEN status = 2 THEN 'rejected'
    ELSE 'off_list'
  END AS verdict,
  source, month, district, street, community, department, kind, matched_id, title,
  count(*) AS n,
  sum(hours) AS hours,
  min(date) AS first_date,
  max(date) AS last_date
FROM (
  SELECT *, CASE verdict WHEN 'on_list' THEN 0 WHEN 'rejected' THEN 2 ELSE 1 END AS status
  FROM judged
)
GROUP BY GROUPING SETS (
  (in_scope, status, source, month, district, street, community),
  (in_scope, verdict, kind, matched_id, title, department)
)
