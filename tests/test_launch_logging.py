"""The console log writes to the standard error stream of the moment: a process that set
logging up once and has since had its stream replaced and closed (a command run inside a
test, a redirected service) never writes to the closed one."""

import io
import logging
import sys

import pytest

from app.launch import setup_logging


@pytest.fixture
def own_handlers():
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def test_warnings_go_to_the_stream_there_is_now_not_a_closed_one(own_handlers, monkeypatch):
    setup_logging(verbose=False)
    log = logging.getLogger("regulars.test")
    first = io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    log.warning("the server does not answer")
    assert "WARNING regulars.test: the server does not answer" in first.getvalue()
    first.close()
    second = io.StringIO()
    monkeypatch.setattr(sys, "stderr", second)
    log.warning("still away")  # raised ValueError inside logging with the stream kept
    assert "still away" in second.getvalue()
    log.info("only in the file")  # not on the console without --verbose
    assert "only in the file" not in second.getvalue()
