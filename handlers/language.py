"""Which of the shop's locales a buyer writes in.

langdetect alone is random (unless seeded) and weak on a few words. So: it is seeded, restricted to the
locales we have catalogs for, given Telegram's ``language_code`` as a prior, and fed all of the buyer's
recent text rather than one message. Too little text to judge → trust ``language_code``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

# Below this many letters the text says too little; Telegram's language_code decides.
MIN_LETTERS = 12
# How much of the prior goes to the language Telegram reports (the rest is shared by the others).
PRIOR_WEIGHT = 0.6


class LanguageDetector:
    def __init__(self, locales: Sequence[str], seed: int = 0) -> None:
        self._factory = DetectorFactory()
        self._factory.load_profile(PROFILES_DIRECTORY)
        self._factory.seed = seed  # deterministic: same text, same answer
        known = set(self._factory.get_lang_list())
        self.locales = tuple(loc for loc in locales if loc in known)

    def detect(self, texts: Iterable[str], language_code: str | None, fallback: str) -> str:
        """The locale of ``texts`` (the buyer's recent messages), else ``language_code`` if we have that
        locale, else ``fallback``."""
        hint = language_code if language_code in self.locales else None
        text = "\n".join(t for t in texts if t)
        letters = sum(ch.isalpha() for ch in text)
        if letters < MIN_LETTERS or len(self.locales) < 2:
            return hint or fallback
        detector = self._factory.create()
        detector.append(text)
        detector.set_prior_map(self._prior(hint))
        try:
            candidates = detector.get_probabilities()
        except LangDetectException:
            return hint or fallback
        return candidates[0].lang if candidates else hint or fallback

    def _prior(self, hint: str | None) -> dict[str, float]:
        if hint is None:
            return dict.fromkeys(self.locales, 1.0)
        rest = (1 - PRIOR_WEIGHT) / (len(self.locales) - 1)
        return {loc: PRIOR_WEIGHT if loc == hint else rest for loc in self.locales}
