"""A PostgreSQL server of the chaos test's own, in a temp folder, listening on a Unix
socket there only; stopped in immediate mode (a crash: no checkpoint, clients cut off)
and started again at will. fsync is off (the machine does not lose power here; a
process crash loses nothing the OS was given) but synchronous_commit stays on: a
commit the till was told of is in the WAL the restarted server replays."""

from __future__ import annotations

import glob
import os
import subprocess
import tempfile
from pathlib import Path


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit("chaos: PostgreSQL is not installed (bash .ci/postgres installs it)")
    return found[-1]


class Server:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="regulars-chaos-"))
        self._as = []
        if os.geteuid() == 0:  # the server refuses to run as root
            subprocess.run(["chown", "postgres", str(self.dir)], check=True)
            self._as = ["runuser", "-u", "postgres", "--"]
        self.data = self.dir / "data"
        self.url = f"postgresql://regulars@/chaos?host={self.dir}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

    def create(self) -> None:
        self._run(_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C.UTF-8")
        self.start()
        for sql in ("CREATE ROLE regulars LOGIN", "CREATE DATABASE chaos OWNER regulars"):
            self._run(_bin("psql"), "-h", str(self.dir), "-U", "postgres", "-d", "postgres",
                      "-q", "-v", "ON_ERROR_STOP=1", "-c", sql)

    def start(self) -> None:
        options = (f"-c listen_addresses='' -k {self.dir} -p 5432 -c fsync=off "
                   "-c synchronous_commit=on -c max_connections=100")
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "server.log"),
                  "-w", "-o", options, "start")

    def crash(self) -> None:
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def stop(self) -> None:
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
