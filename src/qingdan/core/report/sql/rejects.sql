-- Rows that could not be read: file, line, reason code and the offending value.
SELECT file, line, code, detail FROM rejects ORDER BY source, line, code
