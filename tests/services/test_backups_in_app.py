"""The owner's backups from the app: a backup now, the list, and a restore round trip
that brings back exactly the data of the backup, after a safety copy."""

import sqlite3
import uuid

import pytest

from app.domain.errors import DomainError
from app.services.context import StaffSession


def _dump(path):
    """Every row of every table but the search index, sorted, to compare databases."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'member_fts%' AND name != 'audit' ORDER BY name")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def test_backup_now_is_listed_verified_and_audited(app, t, member, tmp_path):
    t.admin.choose_backup_folder(tmp_path / "usb")
    row = t.admin.backup_now()
    assert row.path.parent == tmp_path / "usb" and row.path.exists()
    assert [r.path for r in t.admin.list_backups()] == [row.path]
    assert row.kind == "" and row.size == row.path.stat().st_size
    assert [e.action for e in t.office.audit_log(action="backup")] == ["backup"]


def test_restore_brings_back_the_backup_row_by_row_and_keeps_a_safety_copy(
        app, t, member, tmp_path, member_input):
    t.admin.choose_backup_folder(tmp_path / "usb")
    t.till.record_purchase(uuid.uuid4(), member, 120_000)
    db = tmp_path / "db.sqlite3"
    taken = t.admin.backup_now()
    at_backup = _dump(taken.path)
    # Later the same day: another sale and a new member, then the restore.
    t.till.record_purchase(uuid.uuid4(), member, 50_000)
    later = t.till.enrol(member_input(first_name="Пётр", phone="+7 916 000 11 22"))
    t.ctx.staff = StaffSession(uuid.uuid4(), "Olga", "owner")  # not in the backup's staff
    result = t.admin.restore_backup(taken.path)
    app.engine.dispose()
    assert _dump(db) == at_backup
    assert result.safety_copy is not None and result.safety_copy.exists()
    kept = _dump(result.safety_copy)
    assert len(kept["purchase"]) == 2 and len(kept["member"]) == 2  # nothing thrown away
    # Everyone signs in again; the restore itself is on the restored trail.
    assert t.ctx.staff is None
    t.ctx.staff = StaffSession(None, "system", "owner")
    assert t.till.member(member).visits == 1
    with pytest.raises(DomainError):
        t.till.member(later)
    restores = t.office.audit_log(action="restore")
    assert [(e.staff, e.target) for e in restores] == [("Olga", taken.path.name)]
    assert t.admin.check().problems == []


def test_a_damaged_backup_is_refused_and_nothing_changes(app, t, member, tmp_path):
    t.admin.choose_backup_folder(tmp_path / "usb")
    taken = t.admin.backup_now()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(taken.path.read_bytes()[: taken.size // 2])
    before = _dump(tmp_path / "db.sqlite3")
    with pytest.raises(DomainError) as caught:
        t.admin.restore_backup(broken)
    assert caught.value.code == "backup_unusable"
    assert _dump(tmp_path / "db.sqlite3") == before
    assert t.ctx.staff is not None


def test_only_the_owner_restores(t, member, tmp_path):
    t.admin.choose_backup_folder(tmp_path / "usb")
    taken = t.admin.backup_now()
    t.ctx.staff = StaffSession(uuid.uuid4(), "Mila", "manager")
    with pytest.raises(DomainError) as caught:
        t.admin.restore_backup(taken.path)
    assert caught.value.code == "needs_owner"
