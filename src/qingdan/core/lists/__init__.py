"""The lists as data: safe YAML, schemas, items, validation, the Chinese-aware matcher, browsing."""
