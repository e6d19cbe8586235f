"""The pure core: plain functions over data, returning frozen dataclasses.

Nothing here imports typer, rich or jinja2, prints, or exits (a test proves it).
"""
