-- One lookup table for judging, so each row needs a single join: an item id (by_id) or a raw
-- title (not by_id), per activity kind, to the item it names and, for titles, the match score.
-- fits: the item is of the row's kind and can be in force at all, so judged.sql's common path
-- tests only the row's date.
CREATE OR REPLACE TEMP TABLE qd_keys AS
WITH k AS (
  SELECT k.kind, true AS by_id, i.id AS key, i.*, NULL::DOUBLE AS score,
    NULL::VARCHAR AS decision, NULL::VARCHAR AS norm, NULL::VARCHAR AS candidate_id
  FROM qd_items AS i
  CROSS JOIN (SELECT DISTINCT request_kind AS kind FROM qd_items) AS k
  UNION ALL
  SELECT m.kind, false AS by_id, m.title AS key, i.*, m.score, m.decision, m.norm,
    m.item_id AS candidate_id
  FROM qd_matches AS m
  LEFT JOIN qd_items AS i ON i.id = m.item_id AND m.decision = 'match'
)
SELECT *, id IS NOT NULL AND request_kind = kind AND status <> 'vetoed'
  AND NOT (status = 'retired' AND retired_on IS NULL) AND effective_from IS NOT NULL AS fits
FROM k
