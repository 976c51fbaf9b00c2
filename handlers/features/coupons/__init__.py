"""Coupons sellers keep for nudges: ``/coupon add CODE DESCRIPTION``, ``/coupon del CODE``, ``/coupons``.
Codes are stored upper case (marketplaces treat them case-insensitively)."""

from .feature import COMMANDS, coupon_code

__all__ = ["COMMANDS", "coupon_code"]
