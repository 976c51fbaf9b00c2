"""SQLAlchemy 2 (async) models, repositories and Alembic migrations. All state lives here.

May import: nothing of the project outside ``storage`` (it takes and returns plain data and its own
models; the core translates events and effects into them).
"""
