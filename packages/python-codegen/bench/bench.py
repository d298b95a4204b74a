"""
Benchmarks (not tests): per-call overhead of saymon_sdk against a raw httpx.Client doing the same request on
loopback (the emulator), and the cost of ``import saymon_sdk`` against importing httpx and pydantic alone.
Budgets (issue 26): calls at most 1.10x raw httpx, import at most 1.0x httpx + pydantic.

``python bench/bench.py`` prints a table; ``--json`` prints one JSON line instead (for the root ``pnpm bench``)::

    {"bench": "python-codegen", "calls": {"users.current": {"raw_us": ..., "sdk_us": ..., "ratio": ...}, ...},
     "call_ratio": <worst per-call ratio>, "call_budget": 1.10, "import": {...}, "import_ratio": ..., "import_budget": 1.0}
"""

from __future__ import annotations

import base64
import json
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


CALL_BUDGET = 1.10
IMPORT_BUDGET = 1.0


def bench_calls(url: str) -> dict[str, dict[str, float]]:
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
    results: dict[str, dict[str, float]] = {}
    for name, (plain, typed) in cases.items():
        plain(), typed()  # warm up connections and validators
        r, s = paired(plain, typed)
        results[name] = {"raw_us": round(r * 1e6, 1), "sdk_us": round(s * 1e6, 1), "ratio": round(s / r, 3)}
    raw.close()
    sdk.close()
    return results


def import_time(code: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "python" / "src"), "PYTHONDONTWRITEBYTECODE": "0"}
    best = []
    for _ in range(ROUNDS * 2):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best.append(time.perf_counter() - start)
    return statistics.median(best)


def bench_import() -> dict[str, float]:
    empty = import_time("pass")
    base = import_time("import httpx, pydantic") - empty
    ours = import_time("import saymon_sdk") - empty
    first = import_time("import saymon_sdk, saymon_sdk.models") - empty
    return {
        "httpx_pydantic_ms": round(base * 1e3, 1),
        "saymon_sdk_ms": round(ours * 1e3, 1),
        "with_models_ms": round(first * 1e3, 1),
        "ratio": round(ours / base, 3),
    }


def main(argv: list[str]) -> int:
    emulator = Emulator("--seed", "demo")
    try:
        calls = bench_calls(emulator.url)
    finally:
        emulator.close()
    imports = bench_import()
    call_ratio = max(c["ratio"] for c in calls.values())
    within = call_ratio <= CALL_BUDGET and imports["ratio"] <= IMPORT_BUDGET
    if "--json" in argv:
        report = {
            "bench": "python-codegen",
            "calls": calls,
            "call_ratio": call_ratio,
            "call_budget": CALL_BUDGET,
            "import": imports,
            "import_ratio": imports["ratio"],
            "import_budget": IMPORT_BUDGET,
            "within_budget": within,
        }
        print(json.dumps(report, separators=(",", ":")))
    else:
        for name, c in calls.items():
            print(
                f"call {name:14} raw httpx {c['raw_us']:8.1f} us  saymon_sdk {c['sdk_us']:8.1f} us"
                f"  ratio {c['ratio']:.3f} (budget {CALL_BUDGET})"
            )
        print(
            f"import httpx+pydantic {imports['httpx_pydantic_ms']:7.1f} ms  import saymon_sdk"
            f" {imports['saymon_sdk_ms']:7.1f} ms  ratio {imports['ratio']:.3f} (budget {IMPORT_BUDGET})"
        )
        print(f"import saymon_sdk + all models (first validated call) {imports['with_models_ms']:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
