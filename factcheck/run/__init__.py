"""One pipeline per command (check, verify, conflicts), in one process or on every core."""
