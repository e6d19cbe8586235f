# One entry point that people and CI share.
.PHONY: check test lint bench
check: lint test
lint:
	ruff check src tests benchmarks
	mypy
test:
	python -m pytest -q
bench:
	python benchmarks/foundation_bench.py
