"""
Benchmarks (not tests): per-call overhead of saymon_sdk against a raw httpx.Client doing the same request on
loopback (the emulator), and the cost of ``import saymon_sdk`` against importing httpx and pydantic alone.
Budgets: calls at most 1.15x raw httpx, import at most 1.5x httpx + pydantic.
"""

from __future__ import annotations

import base64
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "test"))
sys.path.insert(0, str(HERE.parent / "python" / "src"))

from conftest import Emulator  # noqa: E402

import httpx  # noqa: E402

from saymon_sdk import BasicAuth, Client  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
CALLS = int(os.environ.get("BENCH_CALLS", "300"))


def paired(plain: object, typed: object) -> tuple[float, float]:
    """Median seconds per call of each, alternating call by call so that the machine's load hits both alike."""
    raws: list[float] = []
    sdks: list[float] = []
    clock = time.perf_counter
    for _ in range(ROUNDS * CALLS):
        t0 = clock()
        plain()  # type: ignore[operator]
        t1 = clock()
        typed()  # type: ignore[operator]
        t2 = clock()
        raws.append(t1 - t0)
        sdks.append(t2 - t1)
    return statistics.median(raws), statistics.median(sdks)


def bench_calls(url: str) -> None:
    auth = "Basic " + base64.b64encode(b"admin:saymon").decode()
    raw = httpx.Client(headers={"authorization": auth})
    sdk = Client(url, auth=BasicAuth("admin", "saymon"), max_retries=0)
    cases = {
        "users.current": (
            lambda: raw.get(f"{url}/node/api/users/current").json(),
            lambda: sdk.users.current(),
        ),
        "objects.get": (
            lambda: raw.get(f"{url}/node/api/objects/1", params={"fields": "name,path"}).json(),
            lambda: sdk.objects.get(id="1", query={"fields": ["name", "path"]}),
        ),
    }
    for name, (plain, typed) in cases.items():
        plain(), typed()  # warm up connections and validators
        r, s = paired(plain, typed)
        print(
            f"call {name:14} raw httpx {r * 1e6:8.1f} us  saymon_sdk {s * 1e6:8.1f} us  ratio {s / r:.3f} (budget 1.15)"
        )
    raw.close()
    sdk.close()


def import_time(code: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "python" / "src"), "PYTHONDONTWRITEBYTECODE": "0"}
    best = []
    for _ in range(ROUNDS * 2):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best.append(time.perf_counter() - start)
    return statistics.median(best)


def bench_import() -> None:
    empty = import_time("pass")
    base = import_time("import httpx, pydantic") - empty
    ours = import_time("import saymon_sdk") - empty
    first = import_time("import saymon_sdk, saymon_sdk.models") - empty
    print(
        f"import httpx+pydantic {base * 1e3:7.1f} ms  import saymon_sdk {ours * 1e3:7.1f} ms  ratio {ours / base:.3f} (budget 1.5)"
    )
    print(f"import saymon_sdk + all models (first validated call) {first * 1e3:7.1f} ms")


if __name__ == "__main__":
    emulator = Emulator("--seed", "demo")
    try:
        bench_calls(emulator.url)
    finally:
        emulator.close()
    bench_import()
