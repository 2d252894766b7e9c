"""Documents: reading source files, cutting them into passages, normalising text for matching."""
