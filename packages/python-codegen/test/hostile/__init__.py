"""Hostile-input suites of the Python client (one file per kind of attack)."""
