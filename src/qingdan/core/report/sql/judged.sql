-- Every row of the input (view "scoped": "typed" with in_scope, whether the row is inside the
-- report's filters), judged against the lists in force on its date. Rows that could not be
-- read have verdict 'rejected'.
-- An item id given in the row wins; otherwise the title's match (qd_matches, scored once per
-- distinct normalized title in Python); both reach the row through one join on qd_keys.
-- The first WHEN is the common case in one test (qd_keys.static, then the row's date): it holds
-- only where every later WHEN is false, so the verdict is the same, with less work per row.
-- The later WHENs are the rules in their documented order; what does not depend on the date
-- was decided once per key (qd_keys.static: review, unlisted, wrong_kind, vetoed, a retired
-- record never in force), and a key missing from qd_keys is an unknown item id.
-- Verdicts are documented in qingdan/core/report/judge.py; they are of the ENUM type qd_verdict
-- (judge.py creates it): one byte per row to carry and group by, where a string costs more.
CREATE OR REPLACE TEMP VIEW judged AS
SELECT
  a.*,
  date_trunc('month', a.date) AS month,
  i.id AS matched_id,
  i.title AS matched_title,
  i.score,
  i.candidate_id,
  coalesce(i.norm, a.title) AS title_key,
  CASE
    WHEN a.code IS NULL AND i.static IS NULL AND a.date >= i.effective_from
      AND (i.effective_to IS NULL OR a.date <= i.effective_to)
      AND (i.retired_on IS NULL OR a.date < i.retired_on) THEN 'on_list'::qd_verdict
    WHEN a.code IS NOT NULL THEN 'rejected'::qd_verdict
    WHEN i.key IS NULL AND a.item_id IS NOT NULL THEN 'unknown_id'::qd_verdict
    WHEN i.key IS NULL THEN 'unlisted'::qd_verdict
    WHEN i.static IS NOT NULL THEN i.static
    WHEN i.retired_on IS NOT NULL AND a.date >= i.retired_on THEN 'retired'::qd_verdict
    WHEN i.effective_from IS NULL OR a.date < i.effective_from THEN 'not_yet'::qd_verdict
    WHEN i.effective_to IS NOT NULL AND a.date > i.effective_to THEN 'lapsed'::qd_verdict
    ELSE 'on_list'::qd_verdict
  END AS verdict
FROM scoped AS a
LEFT JOIN qd_keys AS i
  ON i.kind = a.kind AND i.by_id = (a.item_id IS NOT NULL)
  AND i.key = coalesce(a.item_id, a.title)
