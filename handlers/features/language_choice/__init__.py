"""/language: buyers and sellers pick the language the bot speaks to them. A choice made by hand beats
detection from then on (``language_locked``): someone who writes Russian from an English phone, or
practises a language they don't want to be answered in, keeps the language they asked for."""

from .feature import FEATURE

__all__ = ["FEATURE"]
