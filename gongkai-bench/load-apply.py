#!/usr/bin/env python3
"""Load test of the public application form (GET/POST /agencies/{id}/apply) against the packaged app on
PostgreSQL, on loopback. Python 3 standard library only.

N applicants (default 200) submit concurrently from a thread pool. Each one GETs the form (session cookie +
CSRF token), POSTs a valid application (a generated GB 11643 resident ID number) and counts as acknowledged
when the answer is HTTP 200 with a `.tracking-number`. With --kill-after K the app is killed with SIGKILL
after K acknowledgements and started again with the same command; the applicants not yet acknowledged retry
(a fresh GET, as a person would) until they are. At the end PostgreSQL is asked (psql) whether every
acknowledged tracking number is there exactly once, for the applicant who was given it, and all distinct.

The script starts the app itself (so it can kill and restart it), in a database it recreates:

    python3 gongkai-bench/load-apply.py --jar gongkai-app/target/gongkai-app.jar            # plain
    python3 gongkai-bench/load-apply.py --jar gongkai-app/target/gongkai-app.jar --kill-after 60

Exit code 0 when nothing acknowledged is missing or duplicated and every applicant was acknowledged.
"""

import argparse
import concurrent.futures
import datetime
import html
import http.client
import http.cookiejar
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
TRACKING = re.compile(r'class="tracking-number"[^>]*>([^<]+)<')
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(i, rng):
    """A valid 18-character 公民身份号码 (GB 11643): region, birth date, sequence, check character."""
    born = datetime.date(1960, 1, 1) + datetime.timedelta(days=(i * 37) % 15000)
    first17 = "110105" + born.strftime("%Y%m%d") + "%03d" % rng.randrange(1000)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]
    return first17 + check


def psql(args, sql, db=None):
    cmd = ["psql", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user, "-d", db or args.db,
           "-v", "ON_ERROR_STOP=1", "-At", "-F", "|", "-c", sql]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


class App:
    """The packaged app as a child process: started, killed (SIGKILL), started again with the same command."""

    def __init__(self, args):
        self.args = args
        self.command = [
            "java", *args.jvm_arg, "-jar", args.jar,
            "--spring.profiles.active=demo",
            f"--server.port={args.port}",
            f"--spring.datasource.url=jdbc:postgresql://{args.pg_host}:{args.pg_port}/{args.db}",
            f"--spring.datasource.username={args.pg_user}",
            "--gongkai.apply.applications-per-address=1000000",
            "--gongkai.apply.applications-per-identity=1000000",
            *args.app_arg,
        ]
        self.process = None
        self.starts = 0

    def start(self):
        self.starts += 1
        log = open(f"{self.args.log_prefix}-{self.starts}.log", "w")
        self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT)
        print(f"[app] started pid {self.process.pid}: {' '.join(self.command)}", flush=True)

    def wait_ready(self, path, timeout=300):
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise SystemExit(f"the app exited with {self.process.returncode}; see {self.args.log_prefix}-*.log")
            try:
                with urllib.request.urlopen(self.args.base + path, timeout=5) as r:
                    if r.status == 200:
                        print(f"[app] answers after {time.monotonic() - began:.1f} s", flush=True)
                        return time.monotonic() - began
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise SystemExit("the app did not answer in time")

    def kill(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        print(f"[app] killed pid {self.process.pid} (SIGKILL)", flush=True)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Run:
    def __init__(self, args, app, agency, tag):
        self.args = args
        self.app = app
        self.path = f"/agencies/{agency}/apply"
        self.tag = tag
        self.lock = threading.Lock()
        self.acknowledged = {}  # applicant index -> tracking number
        self.latencies = []  # seconds of each acknowledged POST
        self.failed_attempts = 0
        self.busy = 0  # 503 answers: no turn to register within the wait (RegistrationGate), retried
        self.form_latencies = []  # seconds of each GET of the form that answered
        self.refused = []  # (applicant, status, excerpt): answers that are neither an acknowledgement nor a failure to connect
        self.killed = False
        self.restart_seconds = None

    def name(self, i):
        return f"压测{self.tag}-{i:04d}"

    def attempt(self, i, identity, rng):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        url = self.args.base + self.path
        began = time.monotonic()
        with opener.open(url, timeout=self.args.timeout) as r:
            token = CSRF.search(r.read().decode("utf-8")).group(1)
        with self.lock:
            self.form_latencies.append(time.monotonic() - began)
        body = urllib.parse.urlencode({
            "_csrf": token,
            "applicantKind": "NATURAL_PERSON",
            "applicantName": self.name(i),
            "identityKind": "RESIDENT_ID",
            "identityNumber": identity,
            "phone": "028-%08d" % rng.randrange(10**8),
            "address": f"四川省达州市通川区测试路{i}号",
            "email": f"applicant{i}@example.org",
            "informationName": "2025年度部门预算公开表",
            "description": f"负载测试申请 {self.tag} #{i}：请公开本机关2025年度部门预算。",
            "informationForm": "ELECTRONIC",
            "deliveryWay": "EMAIL",
        }).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        began = time.monotonic()
        try:
            with opener.open(request, timeout=self.args.timeout) as r:
                status, page = r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            status, page = e.code, e.read().decode("utf-8", "replace")
        elapsed = time.monotonic() - began
        found = TRACKING.search(page) if status == 200 else None
        return (html.unescape(found.group(1)).strip() if found else None), status, page, elapsed

    def applicant(self, i):
        rng = random.Random(f"{self.tag}-{i}")
        identity = resident_id(i, rng)
        deadline = time.monotonic() + self.args.give_up
        while time.monotonic() < deadline:
            try:
                tracking, status, page, elapsed = self.attempt(i, identity, rng)
            except (urllib.error.URLError, OSError, http.client.HTTPException, AttributeError) as e:
                # refused connection, reset, timeout, an answer cut off (the app is down or restarting), or no
                # token on the form
                with self.lock:
                    self.failed_attempts += 1
                time.sleep(0.2 + rng.random() * 0.3)
                continue
            if tracking:
                self.acknowledge(i, tracking, elapsed)
                return True
            with self.lock:
                self.failed_attempts += 1
                if status == 503:
                    self.busy += 1
                if status < 500:  # a refusal the app meant (validation, limit): retrying will not help
                    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
                    self.refused.append((i, status, text[:300]))
                    return False
            time.sleep(0.2 + rng.random() * 0.3)
        return False

    def acknowledge(self, i, tracking, elapsed):
        kill = False
        with self.lock:
            self.acknowledged[i] = tracking
            self.latencies.append(elapsed)
            if self.args.kill_after and not self.killed and len(self.acknowledged) >= self.args.kill_after:
                self.killed = kill = True
        if kill:
            threading.Thread(target=self.kill_and_restart, daemon=True).start()

    def kill_and_restart(self):
        self.app.kill()  # requests in flight see the connection drop; retries fail to connect until it answers
        began = time.monotonic()
        self.app.start()
        self.app.wait_ready(self.path)
        self.restart_seconds = time.monotonic() - began


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default="gongkai-app/target/gongkai-app.jar")
    parser.add_argument("--applicants", type=int, default=200)
    parser.add_argument("--threads", type=int, default=50)
    parser.add_argument("--kill-after", type=int, default=0, help="SIGKILL the app after this many acknowledgements")
    parser.add_argument("--port", type=int, default=18300)
    parser.add_argument("--db", default="gongkai_load", help="dropped and created afresh")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per HTTP request")
    parser.add_argument("--give-up", type=float, default=600, help="seconds an applicant keeps retrying")
    parser.add_argument("--jvm-arg", action="append", default=[], help="e.g. --jvm-arg=-Xmx512m")
    parser.add_argument("--app-arg", action="append", default=[], help="more arguments for the app")
    parser.add_argument("--log-prefix", default="/tmp/gongkai-load-app")
    args = parser.parse_args()
    args.base = f"http://127.0.0.1:{args.port}"

    psql(args, f"DROP DATABASE IF EXISTS {args.db}", db="postgres")
    psql(args, f"CREATE DATABASE {args.db}", db="postgres")
    app = App(args)
    app.start()
    try:
        app.wait_ready("/")  # any answer from the server; the agency is looked up next
        agency = ""
        while not agency:  # the demo data may be loaded after the server first answers
            agency = psql(args, "SELECT min(id) FROM agency WHERE kind = 'AGENCY'").strip()
            time.sleep(0 if agency else 1)
        run = Run(args, app, agency, datetime.datetime.now().strftime("%H%M%S"))
        app.wait_ready(run.path)
        print(f"[load] {args.applicants} applicants, {args.threads} threads, agency {agency}"
              + (f", SIGKILL after {args.kill_after} acknowledgements" if args.kill_after else ""), flush=True)
        began = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
            list(pool.map(run.applicant, range(args.applicants)))
        wall = time.monotonic() - began
        check(args, run, wall)
    finally:
        app.stop()


def check(args, run, wall):
    rows = psql(args, "SELECT r.tracking_number, r.applicant_name, (SELECT count(*) FROM online_application o"
                      " WHERE o.request_id = r.id) FROM disclosure_request r"
                      f" WHERE r.applicant_name LIKE '压测{run.tag}-%'")
    stored = {}  # tracking number -> list of (applicant name, online_application rows)
    per_applicant = {}
    for line in rows.splitlines():
        tracking, name, online = line.split("|")
        stored.setdefault(tracking, []).append((name, int(online)))
        per_applicant[name] = per_applicant.get(name, 0) + 1
    acked = run.acknowledged
    missing = [t for t in acked.values() if t not in stored]
    duplicated = [t for t in acked.values() if len(stored.get(t, [])) > 1]
    wrong_owner = [t for i, t in acked.items() if t in stored and stored[t][0][0] != run.name(i)]
    no_online_row = [t for t in acked.values() if t in stored and stored[t][0][1] != 1]
    distinct = len(set(acked.values()))
    extra = sum(per_applicant.values()) - len(acked)
    lat = run.latencies
    print()
    print(f"applicants                      {args.applicants}")
    print(f"acknowledged                    {len(acked)} ({distinct} distinct tracking numbers)")
    print(f"not acknowledged                {args.applicants - len(acked)}")
    print(f"refused by the app (4xx)        {len(run.refused)}")
    for i, status, text in run.refused[:5]:
        print(f"    #{i} HTTP {status}: {text}")
    print(f"failed attempts, retried        {run.failed_attempts} ({run.busy} of them 503: no turn to register)")
    if args.kill_after:
        print(f"killed after                    {args.kill_after} acknowledgements; restart to answer "
              f"{run.restart_seconds if run.restart_seconds is None else round(run.restart_seconds, 1)} s")
    print(f"rows in PostgreSQL for the run  {sum(per_applicant.values())} "
          f"({extra} more than acknowledged: committed, but the answer was lost to the kill)")
    print(f"acknowledged but missing        {len(missing)} {missing[:5]}")
    print(f"acknowledged, stored twice      {len(duplicated)} {duplicated[:5]}")
    print(f"stored for another applicant    {len(wrong_owner)} {wrong_owner[:5]}")
    print(f"without its online_application {len(no_online_row)} {no_online_row[:5]}")
    print(f"wall time                       {wall:.1f} s")
    print(f"throughput                      {len(acked) / wall:.1f} acknowledged applications/s")
    print(f"POST latency (acknowledged)     p50 {percentile(lat, 50) * 1000:.0f} ms, "
          f"p99 {percentile(lat, 99) * 1000:.0f} ms, max {max(lat, default=float('nan')) * 1000:.0f} ms")
    fl = run.form_latencies
    print(f"GET form latency                p50 {percentile(fl, 50) * 1000:.0f} ms, "
          f"p99 {percentile(fl, 99) * 1000:.0f} ms, max {max(fl, default=float('nan')) * 1000:.0f} ms")
    ok = (not missing and not duplicated and not wrong_owner and not no_online_row
          and distinct == len(acked) == args.applicants)
    print("RESULT", "OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
