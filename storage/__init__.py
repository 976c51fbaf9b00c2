"""SQLAlchemy 2 (async) models, repositories and Alembic migrations. All state lives here."""
