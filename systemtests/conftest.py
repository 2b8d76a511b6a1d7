"""A real Stadsbeeld server on the demo data, started once for the Python tests."""
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _binary() -> pathlib.Path:
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return pathlib.Path(out.stdout.strip()) / "stadsbeeld"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ADMIN = ("beheer@kenniscentrum.be", "een lange zin voor de browsertest")
GENT_ADMIN = ("beheer@gent.be", "nog een lange zin voor gent")


class ServerURL(str):
    """The server's base URL, which also knows its database file and the accounts made for the tests."""

    def __new__(cls, url, database):
        value = super().__new__(cls, url)
        value.database = database
        value.admin = ADMIN
        value.gent_admin = GENT_ADMIN
        return value


@pytest.fixture(scope="session")
def server():
    binary = _binary()
    workdir = tempfile.mkdtemp(prefix="stadsbeeld-py-")
    # Bcrypt at its lowest cost keeps the many sign-ins quick; the cost is not what these tests are about.
    env = dict(os.environ, DATABASE_PATH=os.path.join(workdir, "demo.sqlite"), STADSBEELD_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    subprocess.run([str(binary), "demo"], env=env, check=True, capture_output=True, timeout=600)
    # The accounts the browser tests sign in with, made the way an operator makes the first admin.
    for (email, password), name, organisation, role in [
            (ADMIN, "Beheer Kenniscentrum", "kenniscentrum", "platform_admin"),
            (GENT_ADMIN, "Beheer Gent", "gent", "organisation_admin")]:
        subprocess.run([str(binary), "users", "create", "--email", email, "--name", name, "--organisation", organisation,
                        "--role", role, "--password-stdin"], env=env, input=password + "\n", text=True, check=True,
                       capture_output=True, timeout=120)
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
