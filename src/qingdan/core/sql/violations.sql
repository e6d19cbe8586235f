-- Every activity off the lists (needs review included), for violations.csv.
SELECT activity_id, date, district, street, community, department, kind, item_id, title, hours,
  verdict, matched_id, matched_title, score, file, line
FROM judged
WHERE in_scope AND verdict NOT IN ('on_list', 'rejected')
ORDER BY source, line
