"""
Benchmarks (not tests): per-call overhead of saymon_sdk against a raw httpx.Client doing the same request on
loopback (the emulator), and the cost of ``import saymon_sdk`` against importing httpx and pydantic alone.
Budgets (issue 26): calls at most 1.10x raw httpx, import at most 1.0x httpx + pydantic.

Each call is timed twice: wall time (``ratio``, what the budget reads) and the CPU time of this process (``cpu_ratio``:
the client's own work only, the emulator runs in another process), calls alternating one by one, medians. Imports
are timed in fresh interpreters as user + system CPU time (wall beside it), contestants interleaved, medians, with
bytecode cached as an installed package has it. Besides ``import saymon_sdk`` (which loads neither httpx nor
pydantic: the first client does), a "ready client" row compares ``Client(url)`` with ``httpx.Client()`` after the
same imports: what a program pays before its first call.

``python bench/bench.py`` prints a table; ``--json`` prints one JSON line instead (for the root ``pnpm bench``)::

    {"bench": "python-codegen", "calls": {"users.current": {"raw_us": ..., "sdk_us": ..., "ratio": ...,
     "raw_cpu_us": ..., "sdk_cpu_us": ..., "cpu_ratio": ...}, ...}, "call_ratio": <worst per-call ratio>,
     "call_cpu_ratio": <worst>, "call_budget": 1.10, "import": {...}, "import_ratio": ..., "import_budget": 1.0}
"""

from __future__ import annotations

import base64
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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


def paired(plain: object, typed: object) -> tuple[float, float, float, float]:
    """Median seconds per call of each, wall then CPU (this thread's), alternating call by call so that the
    machine's load hits both alike."""
    raws: list[float] = []
    sdks: list[float] = []
    raw_cpu: list[int] = []
    sdk_cpu: list[int] = []
    clock = time.perf_counter
    cpu = time.thread_time_ns
    for _ in range(ROUNDS * CALLS):
        c0, t0 = cpu(), clock()
        plain()  # type: ignore[operator]
        c1, t1 = cpu(), clock()
        typed()  # type: ignore[operator]
        c2, t2 = cpu(), clock()
        raws.append(t1 - t0)
        sdks.append(t2 - t1)
        raw_cpu.append(c1 - c0)
        sdk_cpu.append(c2 - c1)
    median = statistics.median
    return median(raws), median(sdks), median(raw_cpu) / 1e9, median(sdk_cpu) / 1e9


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
        r, s, rc, sc = paired(plain, typed)
        results[name] = {
            "raw_us": round(r * 1e6, 1),
            "sdk_us": round(s * 1e6, 1),
            "ratio": round(s / r, 3),
            "raw_cpu_us": round(rc * 1e6, 1),
            "sdk_cpu_us": round(sc * 1e6, 1),
            "cpu_ratio": round(sc / rc, 3),
        }
    raw.close()
    sdk.close()
    return results


IMPORTS = {
    "empty": "pass",
    "base": "import httpx, pydantic",
    "ours": "import saymon_sdk",
    "base_client": "import httpx, pydantic; httpx.Client()",
    "ours_client": "from saymon_sdk import Client; Client('http://127.0.0.1:9')",
    "models": "import saymon_sdk, saymon_sdk.models",
}


def import_times() -> dict[str, tuple[float, float]]:
    """Median (CPU, wall) seconds of a fresh interpreter running each of ``IMPORTS``, interleaved round by round.

    Bytecode is cached (in a temporary ``PYTHONPYCACHEPREFIX``, warmed first) as it is for an installed package:
    with ``PYTHONDONTWRITEBYTECODE`` set (any value, "0" too) saymon_sdk would be compiled from source on every run
    while httpx and pydantic load their installed ``.pyc`` files."""
    cache = tempfile.mkdtemp(prefix="saymon-bench-pyc-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(HERE.parent / "python" / "src"), PYTHONPYCACHEPREFIX=cache)

    def run(code: str) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, wall

    try:
        for code in IMPORTS.values():
            run(code)  # writes the bytecode
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in IMPORTS}
        names = list(IMPORTS)
        for round_ in range(ROUNDS * 2):
            for name in names if round_ % 2 == 0 else names[::-1]:
                runs[name].append(run(IMPORTS[name]))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return {
        name: (statistics.median(c for c, _ in times), statistics.median(w for _, w in times))
        for name, times in runs.items()
    }


def bench_import() -> dict[str, float]:
    times = import_times()
    empty_cpu, empty_wall = times["empty"]

    def cpu(name: str) -> float:
        return times[name][0] - empty_cpu

    def wall(name: str) -> float:
        return times[name][1] - empty_wall

    return {
        "httpx_pydantic_ms": round(cpu("base") * 1e3, 1),
        "saymon_sdk_ms": round(cpu("ours") * 1e3, 1),
        "ratio": round(cpu("ours") / cpu("base"), 3),
        "wall_ratio": round(wall("ours") / wall("base"), 3),
        "httpx_client_ms": round(cpu("base_client") * 1e3, 1),
        "saymon_client_ms": round(cpu("ours_client") * 1e3, 1),
        "client_ratio": round(cpu("ours_client") / cpu("base_client"), 3),
        "client_wall_ratio": round(wall("ours_client") / wall("base_client"), 3),
        "with_models_ms": round(cpu("models") * 1e3, 1),
    }


def main(argv: list[str]) -> int:
    emulator = Emulator("--seed", "demo")
    try:
        calls = bench_calls(emulator.url)
    finally:
        emulator.close()
    imports = bench_import()
    call_ratio = max(c["ratio"] for c in calls.values())
    call_cpu_ratio = max(c["cpu_ratio"] for c in calls.values())
    within = call_ratio <= CALL_BUDGET and imports["ratio"] <= IMPORT_BUDGET
    if "--json" in argv:
        report = {
            "bench": "python-codegen",
            "calls": calls,
            "call_ratio": call_ratio,
            "call_cpu_ratio": call_cpu_ratio,
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
                f"  ratio {c['ratio']:.3f} (budget {CALL_BUDGET})  cpu: raw httpx {c['raw_cpu_us']:.1f} us"
                f"  saymon_sdk {c['sdk_cpu_us']:.1f} us  ratio {c['cpu_ratio']:.3f}"
            )
        print(
            f"import httpx+pydantic {imports['httpx_pydantic_ms']:7.1f} ms  import saymon_sdk"
            f" {imports['saymon_sdk_ms']:7.1f} ms  ratio {imports['ratio']:.3f} (budget {IMPORT_BUDGET}; CPU time,"
            f" wall ratio {imports['wall_ratio']:.3f})"
        )
        print(
            f"ready client: import httpx+pydantic + httpx.Client() {imports['httpx_client_ms']:7.1f} ms"
            f"  saymon_sdk Client(url) {imports['saymon_client_ms']:7.1f} ms  ratio {imports['client_ratio']:.3f}"
            f" (wall ratio {imports['client_wall_ratio']:.3f})"
        )
        print(f"import saymon_sdk + all models (first validated call) {imports['with_models_ms']:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
