"""Blocking buyers: a blocked buyer's messages are stored but reach no seller, and the buyer is told
nothing (handlers/relay/buyer.py holds them back). Sellers block by replying ``/block`` to a buyer's
message."""

from .feature import FEATURE

__all__ = ["FEATURE"]
