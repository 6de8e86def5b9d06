"""Helpers for tests and benchmarks that ship with the package (synthetic files in published layouts)."""
