"""Time dtlib.analysis.profile.province_profile for every province and unit (63 + 34).

    .venv/bin/python benchmarks/profiles.py

The province_profile notebook runs once per unit in the report, so the profile must stay
cheap next to a kernel start (a few seconds).
"""
import time

import dtlib
from dtlib.analysis.profile import province_profile

dti, registry, claims = dtlib.load("dti"), dtlib.provinces(), dtlib.load("press_claims")
times = []
for pid in registry["province_id"]:
    start = time.perf_counter()
    province_profile(pid, dti, registry, claims)
    times.append(time.perf_counter() - start)
times.sort()
print(f"{len(times)} profiles: total {sum(times):.2f} s, median {times[len(times) // 2] * 1000:.0f} ms, "
      f"max {times[-1] * 1000:.0f} ms")
