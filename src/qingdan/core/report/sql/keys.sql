-- One lookup table for judging, so each row needs a single join: an item id (by_id) or a raw
-- title (not by_id), per activity kind, to the item it names and, for titles, the match score.
-- static: the verdict that does not depend on the row's date (no item, another kind, vetoed, a
-- record never in force), NULL when only the date decides; judged.sql then needs from the key
-- only this, the item's id and its three dates.
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
SELECT *,
  CASE
    WHEN id IS NULL AND decision = 'review' THEN 'review'::qd_verdict
    WHEN id IS NULL THEN 'unlisted'::qd_verdict
    WHEN request_kind <> kind THEN 'wrong_kind'::qd_verdict
    WHEN status = 'vetoed' THEN 'vetoed'::qd_verdict
    WHEN status = 'retired' AND retired_on IS NULL THEN 'retired'::qd_verdict
  END AS static
FROM k
