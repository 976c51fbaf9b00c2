"""Text and time helpers: translations, language detection, message text, durations, moments and time
zones. No database and no Telegram.

May import: nothing of ours (the standard library and third-party packages only).
"""
