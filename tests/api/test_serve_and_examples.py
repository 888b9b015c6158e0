"""`regulars serve` as a real process on a real database, set up with `regulars
registers`, driven by the example clients in packaging/examples/ (Python and curl); Ctrl+C
stops it cleanly. And the OpenAPI document it serves."""

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.api.answers import CommitOut, MemberOut, QuoteOut, RefundOut, SummaryOut
from app.cli import main
from app.services.dto import MemberInput

pytestmark = pytest.mark.both_databases

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "packaging" / "examples"


def regulars(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.fixture
def shop(app, db_location):
    """A database with one member (welcome bonus 200) and a register's token."""
    member = app.terminal.till.enrol(MemberInput(first_name="Anna", last_name="Ozola",
                                                 phone="+7 916 123 45 67", consent=True))
    card = app.terminal.till.member(member).card_number
    added = regulars("registers", "add", "Kase 1", "--db", db_location)
    assert added.returncode == 0, added.stderr
    assert "shown once" in added.stderr
    return {"db": db_location, "card": card, "member": member,
            "token": added.stdout.strip().splitlines()[-1]}


@pytest.fixture
def server(shop):
    process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--db", shop["db"],
                                "--port", "0"], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    line = process.stderr.readline()
    assert line.startswith("register API on http://127.0.0.1:"), line
    url = line.split(" on ")[1].split("/api/v1")[0]
    yield {**shop, "url": url, "process": process}
    if process.poll() is None:
        process.kill()
        process.wait(timeout=30)


def test_the_python_example_runs_a_day_against_the_served_api(server):
    env = {**os.environ, "REGULARS_TOKEN": server["token"], "REGULARS_URL": server["url"]}
    run = subprocess.run([sys.executable, str(EXAMPLES / "register_client.py"), "--card",
                          server["card"], "--amount", "125050", "--points", "50",
                          "--refund", "25000"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    steps = json.loads(run.stdout)
    for step, model in (("identify", MemberOut), ("quote", QuoteOut), ("commit", CommitOut),
                        ("refund", RefundOut), ("summary", SummaryOut)):
        model.model_validate(steps[step])  # the answers are as the OpenAPI document says
    assert steps["identify"]["member_id"] == str(server["member"])
    # 1250.50 less 50 points (50.00) paid: 3 % of 1200.50 = 36 points
    assert steps["quote"]["points_earned"] == steps["commit"]["points_earned"] == 36
    assert steps["commit"]["balance"] == 200 - 50 + 36
    assert steps["commit_retry"] == steps["commit"]
    # 250.00 of 1250.50 back: ⌊36·25000/125050⌋ = 7 taken, ⌈50·25000/125050⌉ = 10 returned
    assert (steps["refund"]["points_taken_back"], steps["refund"]["points_returned"],
            steps["refund"]["balance"]) == (7, 10, 186 - 7 + 10)
    assert steps["summary"]["balance"] == 189
    server["process"].send_signal(signal.SIGINT)
    assert server["process"].wait(timeout=30) == 0
    assert "register API stopped" in server["process"].stderr.read()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_curl_example_runs_a_day_against_the_served_api(server):
    env = {**os.environ, "REGULARS_TOKEN": server["token"], "REGULARS_URL": server["url"]}
    run = subprocess.run(["bash", str(EXAMPLES / "register_day.sh"), server["card"], "100000"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "retry: the same answer" in run.stdout
    refund = json.loads(run.stdout.split("refund: ", 1)[1])
    assert (refund["amount_minor"], refund["points_taken_back"], refund["balance"]) == (
        25000, 7, 200 + 30 - 7)


def test_the_api_is_described_by_openapi_and_wrong_or_revoked_tokens_are_refused(server):
    doc = httpx.get(f"{server['url']}/api/v1/openapi.json").json()
    assert {"/api/v1/identify", "/api/v1/quote", "/api/v1/commit", "/api/v1/refunds",
            "/api/v1/members/{member_id}/summary"} <= set(doc["paths"])
    assert "sale_id" in doc["components"]["schemas"]["CommitIn"]["required"]
    auth = {"Authorization": f"Bearer {server['token']}"}
    assert httpx.get(f"{server['url']}/api/v1/register", headers=auth).json()[
        "register"] == "Kase 1"
    assert regulars("registers", "revoke", "Kase 1", "--db", server["db"]).returncode == 0
    gone = httpx.get(f"{server['url']}/api/v1/register", headers=auth)
    assert (gone.status_code, gone.json()["error"]["code"]) == (401, "token_invalid")
    listed = regulars("registers", "list", "--db", server["db"])
    assert listed.stdout.startswith("Kase 1\ten\trevoked ")
    server["process"].send_signal(signal.SIGTERM)  # as a service manager stops it
    assert server["process"].wait(timeout=30) == 0


def test_serve_refuses_a_port_in_use_in_one_line(server, capsys):
    port = server["url"].rsplit(":", 1)[1]
    assert main(["serve", "--db", server["db"], "--port", port]) == 2
    err = capsys.readouterr().err
    assert err.startswith("regulars: cannot listen on 127.0.0.1:") and "Traceback" not in err
