"""The running bot: settings, composition root, CLI and the two runtime adapters (the only code that
imports aiogram or telegram)."""
