"""Maintainers' jobs: rate, history at a revision, semantic diff, Excel round trip, cases, init."""
