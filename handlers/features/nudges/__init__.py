"""Coupon nudges to buyers who said yes to offers (handlers/features/consent/)."""

from .feature import COMMANDS, DELIVERY_HOOKS, TIMERS, plan_rules, stop_nudges

__all__ = ["COMMANDS", "DELIVERY_HOOKS", "TIMERS", "plan_rules", "stop_nudges"]
