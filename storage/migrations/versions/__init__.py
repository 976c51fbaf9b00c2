"""Migration scripts. New ones: python -m storage.make_migration "message"."""
