"""Renderers: text (rich), JSON, Markdown, HTML (Jinja2), and atomic file writes.

Renderers take the core's dataclasses and return strings or print; they never decide anything.
"""
