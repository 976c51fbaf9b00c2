"""Orders: a buyer is linked to an order by opening ``t.me/<bot>?start=o_<ORDER>`` (sellers put the
link into the order message or the package insert) or by a seller replying ``/order ORDER`` to one of
their messages. Relay headers then show the order. ``/shipped`` and ``/delivered`` move its status;
delivery starts the follow-up and standing coupon nudges (handlers/features/followup/,
handlers/features/nudges/).
``/shipped`` on a delivered order asks first, saying what happens to the follow-up."""

from .feature import FEATURE

__all__ = ["FEATURE"]
