"""Marketing: coupons sellers keep (``/coupon``, ``/coupons``: coupons.py) and the nudges that send them
to buyers who said yes to offers (``/nudge``: nudges.py; consent is handlers/features/consent/). One
feature: deleting a coupon stops its nudges, and a nudge reads coupon codes."""

from handlers.core.registry import Feature

from . import coupons, nudges

FEATURE = Feature(
    "marketing",
    commands=(*coupons.COMMANDS, *nudges.COMMANDS),
    timers=nudges.TIMERS,
    delivery_hooks=nudges.DELIVERY_HOOKS,
    order_delivered=nudges.plan_rules,  # standing rules plan their coupon after each delivery
)

__all__ = ["FEATURE"]
