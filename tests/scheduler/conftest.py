from tests.handlers.conftest import engine, shop

__all__ = ["engine", "shop"]
