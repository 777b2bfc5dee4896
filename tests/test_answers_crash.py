"""The answers store under real crashes and real concurrency (separate processes and kernels).

A participant's kernel can die at any moment (a culled Binder session, an out-of-memory kill,
a laptop lid), and a JupyterLab tab and a Voilà tab can write the same answers at once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from netkit.store.answers import AnswersStore
from netkit.store.document import read_document

pytestmark = pytest.mark.kernel

WRITER = textwrap.dedent("""
    import sys
    from netkit.store.answers import AnswersStore
    store = AnswersStore(sys.argv[1], debounce=0)
    size = int(sys.argv[2])
    n = 0
    while True:
        n += 1
        # each value is self-checking: its length and its last characters say which write it was
        store.update({"reflection.big": "%08d" % n * (size // 8), "reflection.count": n})  # one save
        if n == 1:
            print("ready", flush=True)
""")


def _check_consistent(folder) -> int:
    store = AnswersStore(folder, debounce=0)
    assert store.recovered is None, store.recovered
    doc = read_document(store.path)  # raises on a broken file
    big, count = doc["answers"]["reflection.big"], doc["answers"]["reflection.count"]
    assert big == f"{count:08d}" * (len(big) // 8), "a half-written value"
    return count


def test_write_killed_half_way_never_leaves_a_broken_file(tmp_path):
    """Does SIGKILL in the middle of saving a 4 MB answer, again and again, always leave a readable, whole answers
    file?"""
    rng = random.Random(6)
    counts = []
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), str(4 * 1024 * 1024)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        counts.append(_check_consistent(tmp_path))
    assert max(counts) > 1  # the kills did land in the middle of later writes
    names = {p.name for p in tmp_path.iterdir()}
    assert "netkit-answers.json" in names
    assert not any(n.startswith("netkit-answers.damaged") for n in names)


def _start_kernel():
    from jupyter_client.manager import start_new_kernel

    return start_new_kernel(kernel_name="python3")


def _run(client, code: str, timeout: float = 60) -> None:
    reply = client.execute_interactive(code, timeout=timeout, output_hook=lambda msg: None)
    assert reply["content"]["status"] == "ok", reply["content"]


def run_in_kernels_at_once(codes: list[str]) -> None:
    """Run each code in its own fresh kernel, all at the same time; wait for all, failing on any error."""
    kernels = [_start_kernel() for _ in codes]
    try:
        msg_ids = [(client, client.execute(code)) for (_manager, client), code in zip(kernels, codes)]
        for client, msg_id in msg_ids:  # all run at once; wait for each to finish
            while True:
                msg = client.get_shell_msg(timeout=120)
                if msg["parent_header"].get("msg_id") == msg_id:
                    assert msg["content"]["status"] == "ok", msg["content"]
                    break
    finally:
        for manager, client in kernels:
            client.stop_channels()
            manager.shutdown_kernel(now=True)


def test_two_kernels_writing_the_same_answers_lose_nothing(tmp_path):
    """Do two real kernels saving different answers into the same file at the same time keep all of them?"""
    code = textwrap.dedent("""
        from netkit.store.answers import AnswersStore
        store = AnswersStore({folder!r}, debounce=0)
        for i in range(60):
            store.set("{who}.%d" % i, {{"i": i, "text": "{who} </script> $50k"}})
            store.flush()
    """)
    run_in_kernels_at_once([code.format(folder=str(tmp_path), who=who) for who in ("lab", "voila")])
    answers = json.loads((tmp_path / "netkit-answers.json").read_text(encoding="utf-8"))["answers"]
    assert sorted(answers) == sorted([f"lab.{i}" for i in range(60)] + [f"voila.{i}" for i in range(60)])
    assert answers["voila.59"] == {"i": 59, "text": "voila </script> $50k"}
    assert AnswersStore(tmp_path).recovered is None


def test_two_processes_editing_the_same_key_end_with_one_whole_value(tmp_path):
    """When two processes overwrite the same answer at once, is the result one of their values, never a mix?"""
    script = textwrap.dedent("""
        import sys
        from netkit.store.answers import AnswersStore
        store = AnswersStore(sys.argv[1], debounce=0)
        for i in range(40):
            store.set("outreach.draft", sys.argv[2] * 10000)
            store.flush()
    """)
    children = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), who]) for who in "ab"]
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    value = AnswersStore(tmp_path).get("outreach.draft")
    assert value in ("a" * 10000, "b" * 10000)
