#!/usr/bin/env python3
"""Fetching a dossier from the official sources against importing the same files from disk.

    bench/follow-benchmark.py [RUNS]      (default 5; the CLI from build/release, or $KAMERLEZER_CLI)

Times `kamerlezer-cli follow 19637` from the local replay server (tests/opendata/replay-server.py, on a free
port) into a fresh library, then a second `update` that finds nothing new, against `kamerlezer-cli import` of the
same 144 motions' XML from ../shared/opendata. Each: median wall, CPU (user + system of the CLI), documents per
second, peak memory (max RSS), and the replay server's own CPU meanwhile: the server is Python (one core under
the GIL), and its share of the wall time is one the real services would not add. Last, the follow's requests
again from a bare Python client over 4 keep-alive connections: what the server alone needs. (The server sets
TCP_NODELAY itself since this benchmark found that without it every kept-alive answer waited ~40 ms.)
"""
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "opendata"))
XML = os.path.join(DATA, "tk", "dossier-19637", "publications")
CLI = os.environ.get("KAMERLEZER_CLI", os.path.join(ROOT, "build", "release", "app", "cli", "kamerlezer-cli"))
TICK = os.sysconf("SC_CLK_TCK")


def server_cpu(pid):
    """User + system seconds the server has used so far, in clock ticks of 10 ms (/proc: no rusage of a child
    that is still running)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def run(args, env, server):
    """One CLI run: wall, CPU and max RSS of that child alone (wait4's rusage), and the server's CPU meanwhile."""
    before = server_cpu(server.pid)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([CLI] + args, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)  # not child.wait(): that reaps it without the rusage
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if child.returncode != 0:
            sys.exit(f"follow-benchmark: {' '.join(args)} failed:\n{err.read().decode()}")
        return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
                "server": server_cpu(server.pid) - before, "out": out.read().decode()}


def replay(port, paths, connections=4):
    """The follow's requests again from a bare client, as many at a time as Kamerlezer's HttpClient (4)."""
    queue, lock = list(paths), threading.Lock()

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port)
        while True:
            with lock:
                if not queue:
                    break
                path = queue.pop()
            conn.request("GET", path)
            conn.getresponse().read()
        conn.close()

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def start_server(nodelay):
    """The replay server on a free port; with nodelay, with TCP_NODELAY on its sockets (the script itself unchanged).
    As is, it sends a response's headers and body in two writes, and on a reused keep-alive connection the body
    waits for the client's delayed ACK of the headers: about 40 ms a request, which no real service costs."""
    script = os.path.join(ROOT, "tests", "opendata", "replay-server.py")
    launch = ("import runpy, socketserver, sys; socketserver.StreamRequestHandler.disable_nagle_algorithm = %s; "
              "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')" % nodelay)
    server = subprocess.Popen([sys.executable, "-c", launch, script, "--data", DATA, "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    return server, int(re.match(r"PORT (\d+)", server.stdout.readline()).group(1))


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not os.path.isdir(XML):
        print(f"follow-benchmark: {DATA} (the recorded open data) is missing: nothing measured")
        return 0
    if not os.access(CLI, os.X_OK):
        sys.exit(f"follow-benchmark: no {CLI}: cmake --preset release && cmake --build --preset release "
                 "--target kamerlezer-cli")
    documents = len([n for n in os.listdir(XML) if n.endswith(".xml")])
    work = tempfile.mkdtemp(prefix="follow-bench-")
    rows, replayed = {}, {}
    try:
        for nodelay in (True,):
            server, port = start_server(nodelay)
            try:
                base = f"http://127.0.0.1:{port}"
                # The user's own settings and caches stay out of it.
                env = dict(os.environ, KAMERLEZER_TK_ODATA_URL=f"{base}/OData/v4/2.0/",
                           KAMERLEZER_KOOP_URL=f"{base}/", XDG_CONFIG_HOME=os.path.join(work, "config"),
                           XDG_CACHE_HOME=os.path.join(work, "cache"), XDG_DATA_HOME=os.path.join(work, "data"))
                env.pop("KAMERLEZER_LIBRARY", None)
                tag = "TCP_NODELAY" if nodelay else "as is"
                follow, update, imported, paths = [], [], [], None
                for i in range(runs):
                    library = os.path.join(work, f"fetched-{nodelay}-{i}")
                    urllib.request.urlopen(f"{base}/_control?clear=true").read()
                    r = run(["--library", library, "follow", "19637"], env, server)
                    if r["out"].count(": fetched") != documents:
                        sys.exit(f"follow-benchmark: follow fetched {r['out'].count(': fetched')} of {documents}")
                    follow.append(r)
                    if paths is None:
                        paths = json.loads(urllib.request.urlopen(f"{base}/_requests").read())
                    update.append(run(["--library", library, "update"], env, server))
                    if nodelay:  # the import needs no server: measured in one of the two passes only
                        imported.append(run(["--library", os.path.join(work, f"imported{i}"), "import", XML],
                                            env, server))
                rows[f"follow 19637, server {tag}"] = (follow, True)
                rows[f"update, nothing new, server {tag}"] = (update, False)
                if imported:
                    rows["import of the same 144 XML files"] = (imported, True)
                replayed[tag] = (len(paths), statistics.median(replay(port, paths) for _ in range(runs)))
            finally:
                server.terminate()
                server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    med = lambda rs, k: statistics.median(r[k] for r in rs)
    # The wall times move with whatever else the machine runs; the CPU times hardly do.
    print(f"follow benchmark: dossier 19637, {documents} motions, median of {runs} runs, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"  {'':40} {'wall ms':>8} {'CPU ms':>7} {'docs/s':>7} {'max RSS':>8} {'server CPU ms':>14}")
    for label, (rs, rate) in rows.items():
        wall = med(rs, "wall")
        docs = f"{documents / wall:7.0f}" if rate else f"{'-':>7}"
        print(f"  {label:40} {wall * 1000:8.0f} {med(rs, 'cpu') * 1000:7.0f} {docs} {med(rs, 'rss'):5.0f} MB "
              f"{med(rs, 'server') * 1000:14.0f}")
    for tag, (count, seconds) in replayed.items():
        print(f"  the follow's {count} requests from a bare Python client (4 connections), server {tag}: "
              f"{seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
