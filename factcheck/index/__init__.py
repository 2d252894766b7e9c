"""Retrieval indexes: BM25 over passages, the persistent SQLite store, stored results."""
