# One entry point that people and CI share (.ci/run runs `make lint`, then the README's test command).
.PHONY: check lint test bench
check: lint test
lint:
	ruff check src tests benchmarks
	ruff format --check src tests
	mypy
	lint-imports
test:
	python -m pytest -q
bench:
	python benchmarks/foundation_bench.py
