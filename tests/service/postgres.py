"""A throw-away PostgreSQL cluster for tests, from the Debian ``postgresql`` package's binaries.

Skips (with the reason) when the binaries are missing or, as root, when there is no ``postgres``
user to run the server as (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator

import pytest

from .live import free_port


def _binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return shutil.which(name) or (found[-1] if found else None)


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield a ``postgresql+psycopg://`` URL of a fresh cluster; stop and remove it afterwards."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    user = None
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root without a 'postgres' user to run PostgreSQL as")
    root = tempfile.mkdtemp(prefix="nss-pg-")
    if user is not None:
        os.chown(root, user.pw_uid, user.pw_gid)
    as_user = {"user": user.pw_uid, "group": user.pw_gid} if user else {}
    port = free_port()
    data = os.path.join(root, "data")
    run = dict(check=True, capture_output=True, text=True, timeout=120, cwd=root, **as_user)
    try:
        subprocess.run([initdb, "-D", data, "-A", "trust", "-U", "nss", "--no-sync", "-E", "UTF8"], **run)
        subprocess.run([pg_ctl, "-D", data, "-w", "-t", "60", "-l", os.path.join(root, "log"), "-o",
                        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], **run)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {(exc.stderr or exc.stdout).strip()[-300:]}")
    try:
        yield f"postgresql+psycopg://nss@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([pg_ctl, "-D", data, "-m", "immediate", "stop"], check=False, capture_output=True,
                       timeout=60, cwd=root, **as_user)
        shutil.rmtree(root, ignore_errors=True)
