-- The distinct raw titles (per activity kind) of rows without an item id: matched once each,
-- in Python, on the driver; never per row. From "typed", not "activity": no need to test
-- every row's readability first.
SELECT DISTINCT title, kind
FROM typed
WHERE item_id IS NULL AND title IS NOT NULL AND kind IS NOT NULL
ORDER BY title, kind
