"""``qingdan report``: logs into DuckDB, judging, figures (SQL in ``sql/``), synthetic logs."""
