-- Every row of the input (view "typed") with in_scope: whether it is inside the report's
-- filters (variables qd_from, qd_to, qd_district, qd_street; NULL = no filter). Never NULL,
-- so every row is counted either in the report or as excluded: a row with no district (street)
-- is outside --district (--street). A row that could not be read is tested on its district and
-- street too (so a district's report lists that district's unreadable rows, and no other's, as
-- a folder partitioned by district and pruned by --district does), but not on its date, which
-- may be what is wrong with it; a broken JSON line, of which nothing is known, is inside (as a
-- CSV line that splits into no fields is). (code is named twice and date twice: Spark inlines
-- them where they are named, so each more costs it a copy of their whole expression.)
CREATE OR REPLACE TEMP VIEW scoped AS
SELECT
  *,
  coalesce(
    code = 'json'
    OR (
      (getvariable('qd_district') IS NULL OR district = getvariable('qd_district'))
      AND (getvariable('qd_street') IS NULL OR street = getvariable('qd_street'))
      AND (code IS NOT NULL
        OR ((getvariable('qd_from') IS NULL OR date >= getvariable('qd_from'))
          AND (getvariable('qd_to') IS NULL OR date <= getvariable('qd_to'))))
    ),
    false
  ) AS in_scope
FROM typed
