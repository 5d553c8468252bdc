"""Benchmark: deadline computations per second (the triage table recomputes clocks for every row).

Run: .venv/bin/python bench/deadlines.py
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from privacydesk.domain import deadlines
from privacydesk.domain.profile import load_profile
from privacydesk.resources import DEFAULT_PROFILE

CASES = [
    ("gdpr", ("access",)),
    ("uk_gdpr", ("deletion",)),
    ("ccpa", ("access", "deletion")),
    ("ccpa", ("opt_out_sale",)),
    ("unknown", ("access",)),
    ("unknown", ("access", "deletion", "opt_out_marketing")),
]


def main() -> None:
    profile = load_profile(DEFAULT_PROFILE)
    rules = deadlines.load_rules()
    today = date(2026, 11, 25)
    for regime, types in CASES:
        n = 3000
        start_day = date(2026, 1, 1)
        t0 = time.perf_counter()
        for i in range(n):
            facts = deadlines.DeadlineFacts(regime=regime, types=types, received=start_day + timedelta(days=i % 365))
            schedule = deadlines.compute(facts, profile, rules, today=today)
            deadlines.clock_status(schedule, facts, profile, today)
        elapsed = time.perf_counter() - t0
        print(f"{regime:<8} {'+'.join(types):<40} {n / elapsed:>9.0f} schedules/s  ({elapsed / n * 1e6:.0f} µs each)")


if __name__ == "__main__":
    main()
