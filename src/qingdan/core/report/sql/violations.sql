-- Every activity off the lists (needs review included), for violations.csv. matched_id is the
-- item the row named or matched (for 'review' rows: the closest candidate, with its score).
-- No ORDER BY: they stream out in input order (file by file, line by line) without a sort of
-- every off-list row; see build.export_violations. (code IS NULL: not 'rejected', without
-- evaluating the verdict twice.)
SELECT activity_id, date, district, street, community, department, kind, item_id, title, hours,
  verdict, coalesce(matched_id, candidate_id) AS matched_id, score, file, line, source
FROM judged
WHERE in_scope AND code IS NULL AND verdict <> 'on_list'
