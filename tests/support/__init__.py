"""What the tests share: the harness (the core on a real database with a fake Telegram), the users and
chat helpers its tests speak in, scenarios several features start from, update JSON builders and the
pytest fixtures (a plugin loaded by tests/conftest.py)."""
