"""Adopting factcheck in CI: baselines and ``--changed-since``."""
