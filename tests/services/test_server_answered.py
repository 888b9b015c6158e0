"""A till started on its local copy while the shop's server is away stays offline until
the server really answers (issue #17): work on files or settings that never reaches the
database — the daily backup's folder, the slip printer's settings, the dialect's name —
must not say the server is back. Before, any call that succeeded did, and a till that
started offline went online behind the cashier's back (its sign-in then asked the stopped
server)."""

from sqlalchemy import text

from app.db.engine import make_engine, make_sessions
from app.services.context import SYSTEM, ServiceContext, load_program
from app.services.storage import AWAY, ServerStatus, StorageError
from app.services.unit_of_work import UnitOfWork


def _away_till(tmp_path) -> tuple[UnitOfWork, ServerStatus]:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    sessions = make_sessions(engine)
    status = ServerStatus(sessions)
    status.saw(StorageError("storage_away", AWAY))
    return UnitOfWork(sessions, ServiceContext(program=load_program(), staff=SYSTEM), server=status), status


def test_work_that_never_reaches_the_database_leaves_the_server_away(tmp_path):
    uow, status = _away_till(tmp_path)
    assert uow.outside(None, lambda: "a file written") == "a file written"
    assert uow.read(None, lambda s: s.get_bind().dialect.name) == "sqlite"
    assert status.away is True


def test_a_statement_that_ran_says_the_server_answers(tmp_path):
    uow, status = _away_till(tmp_path)
    assert uow.read(None, lambda s: s.execute(text("SELECT 1")).scalar()) == 1
    assert status.away is False
