"""ISO 8601 durations of the FHIR policy (P12M, P6M, P30D, P1Y): how old a value may be.

Why a module of its own: the policy file (pvdkg.fhir.yml) writes its windows as
ISO 8601 durations, and both the policy loader and the readers use them.
Calendar arithmetic: P12M before 2024-03-31 is 2023-03-31; a day that the
month lacks is its last day (P1M before 2024-03-31 is 2024-02-29).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")
_UNITS = (("year", 0), ("month", 1), ("week", 2), ("day", 3))


@dataclass(frozen=True)
class Duration:
    """A calendar duration: years, months, weeks, days (as written in the policy)."""

    text: str
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    def before(self, day: date) -> date:
        """The date this duration before `day`."""
        months = day.year * 12 + day.month - 1 - self.years * 12 - self.months
        year, month = divmod(months, 12)
        month += 1
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(day.day, last)) - timedelta(weeks=self.weeks, days=self.days)

    def words(self) -> str:
        """'12-month', '30-day', '1-year and 6-month' (for messages)."""
        values = (self.years, self.months, self.weeks, self.days)
        parts = [f"{values[i]}-{unit}" for unit, i in _UNITS if values[i]]
        return " and ".join(parts) or "0-day"


def parse_duration(text: str) -> Duration:
    """A Duration from 'P12M'; ValueError for anything else (no time part, no fractions)."""
    m = _DURATION.fullmatch(str(text).strip())
    if not m or not any(m.groups()):
        raise ValueError(f"{text!r} is not an ISO 8601 duration of years, months, weeks or days (e.g. P12M)")
    years, months, weeks, days = (int(g or 0) for g in m.groups())
    return Duration(str(text).strip(), years, months, weeks, days)
