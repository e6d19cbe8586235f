-- Every activity off the lists (needs review included), for violations.csv. matched_id is the
-- item the row named or matched (for 'review' rows: the closest candidate, with its score).
SELECT activity_id, date, district, street, community, department, kind, item_id, title, hours,
  verdict, coalesce(matched_id, candidate_id) AS matched_id, score, file, line
FROM judged
WHERE in_scope AND verdict NOT IN ('on_list', 'rejected')
ORDER BY source, line
