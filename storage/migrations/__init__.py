"""Alembic migrations of the schema in storage.models; run them with storage.db.upgrade."""
