"""A real Stadsbeeld server on the demo data, started once for the Python tests."""
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def _binary() -> pathlib.Path:
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return pathlib.Path(out.stdout.strip()) / "stadsbeeld"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerURL(str):
    """The server's base URL, which also knows its database file."""

    def __new__(cls, url, database):
        value = super().__new__(cls, url)
        value.database = database
        return value


@pytest.fixture(scope="session")
def server():
    binary = _binary()
    workdir = tempfile.mkdtemp(prefix="stadsbeeld-py-")
    env = dict(os.environ, DATABASE_PATH=os.path.join(workdir, "demo.sqlite"))
    env.pop("DATABASE_URL", None)
    subprocess.run([str(binary), "demo"], env=env, check=True, capture_output=True, timeout=600)
    port = _free_port()
    process = subprocess.Popen([str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/api/v1/levels", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("server did not start")
        yield ServerURL(url, env["DATABASE_PATH"])
    finally:
        process.terminate()
        process.wait(timeout=10)
