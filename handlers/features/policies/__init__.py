"""Shop policies: sellers write the shop's rules by section (shipping, payment, …) with /policy, in a
default version and optionally one per language; buyers open them with /policies or the button on the
greeting and read each section in their own language."""

from .feature import FEATURE

__all__ = ["FEATURE"]
