"""Fakes for tests: each records what it was asked to do."""
