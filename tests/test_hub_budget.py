"""Delivery to a cohort spends one retry budget: a hub that is down fails the run fast, a busy one is waited for."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time

import httpx

from netkit.hub import HubClient, deliver
from netkit.hub.transport import RetryBudget

TOKEN = "tok-" + "7a" * 20
SCOPES = ["admin:users", "read:users", "read:servers", "start:servers", "access:servers"]


def cohort(tmp_path, n: int):
    """A render folder of ``n`` participants (manifest and one notebook each)."""
    out = tmp_path / "out"
    entries = []
    for i in range(n):
        pid = f"p{i:04d}abcdef"
        folder = f"person-{i}-{pid}"
        (out / folder).mkdir(parents=True)
        (out / folder / "workshop.ipynb").write_text(json.dumps({"cells": [], "who": i}))
        entries.append({"id": pid, "name": f"Person {i}", "folder": folder, "notebooks": [f"{folder}/workshop.ipynb"]})
    (out / "manifest.json").write_text(json.dumps({"participants": entries}))
    return out, {e["id"]: f"user{i}" for i, e in enumerate(entries)}


def test_a_hub_that_is_down_fails_a_cohort_within_the_budget(tmp_path):
    """With every call but the first answered 503, are at most the budget's retries made, then everyone reported?"""
    out, mapping = cohort(tmp_path, 40)
    seen = []
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        with lock:
            seen.append(request.url.path)
        if request.url.path == "/hub/api/user":
            return httpx.Response(200, json={"name": "netkit", "scopes": SCOPES})
        return httpx.Response(503, headers={"Retry-After": "0"}, text="proxy: no upstream")

    client = HubClient("http://hub.test", TOKEN, transport=httpx.MockTransport(answer), retries=RetryBudget(6))
    started = time.monotonic()
    report = deliver(out, client, mapping, jobs=8, progress=False, poll=0)
    assert time.monotonic() - started < 10
    assert {r.status for r in report.results} == {"failed"} and len(report.results) == 40
    assert client.retries.used == 6
    calls = [p for p in seen if p != "/hub/api/user"]
    assert len(calls) == 40 + 6  # one try per participant and six retries in all, not 40 x 4
    assert "6 of 6" in report.summary()


def test_a_hub_busy_for_a_moment_delivers_everyone(tmp_path):
    """Are a few 429 replies (too many servers starting) waited out, everyone delivered, the retries counted?"""
    out, mapping = cohort(tmp_path, 12)
    files: dict[str, bytes] = {}
    started: set[str] = set()
    busy = {"left": 5}
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/hub/api/user":
            return httpx.Response(200, json={"name": "netkit", "scopes": SCOPES})
        if path.startswith("/hub/api/users/"):
            user = path.split("/")[4]
            if request.method == "POST":
                with lock:
                    if busy["left"]:
                        busy["left"] -= 1
                        return httpx.Response(429, headers={"Retry-After": "0"}, json={"message": "too many spawns"})
                    started.add(user)
                return httpx.Response(202)
            servers = {"": {"ready": True}} if user in started else {}
            return httpx.Response(200, json={"name": user, "servers": servers})
        if "/api/contents/" in path:
            if request.method == "PUT":
                body = json.loads(request.content)
                if body.get("type") == "file":
                    files[path] = base64.b64decode(body["content"])
                return httpx.Response(201, json={})
            if path in files:
                digest = hashlib.sha256(files[path]).hexdigest()
                return httpx.Response(200, json={"type": "file", "hash": digest, "hash_algorithm": "sha256"})
            if path.endswith("networking-workshop"):
                return httpx.Response(200, json={"type": "directory"})
            return httpx.Response(404)
        return httpx.Response(404)

    client = HubClient("http://hub.test", TOKEN, transport=httpx.MockTransport(answer), retries=RetryBudget(20))
    client.backoff = 0.0
    report = deliver(out, client, mapping, jobs=4, progress=False, poll=0)
    assert report.ok, report.summary()
    assert len(files) == 12 and client.retries.used == 5
    assert "5 of 20" in report.summary()
