"""The HTML reports: one self-contained page per run."""
