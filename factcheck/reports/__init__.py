"""Renderers: a Report or ConflictReport in, text out (text, json, sarif, junit, github, html)."""
