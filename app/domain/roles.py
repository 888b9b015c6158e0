"""Who may do what. Enforced in the services, not only hidden in the UI.

Roles are ordered: a manager may do what a cashier may, an owner what a manager may.
"""

from __future__ import annotations

from app.domain.errors import DomainError

ROLES = ("cashier", "manager", "owner")

# permission -> the lowest role that has it
PERMISSIONS: dict[str, str] = {
    # at the till
    "find": "cashier", "enrol": "cashier", "edit_member": "cashier", "purchase": "cashier",
    "redeem": "cashier", "gift": "cashier", "complaint": "cashier", "help_points": "cashier",
    "donate": "cashier", "give_reward": "cashier", "withdraw_consent": "cashier",
    # a member's own card at the counter ("print my card"; a new number for a lost one)
    "print_card": "cashier", "replace_card": "cashier",
    # back office
    "adjust_points": "manager", "refund": "manager", "reports": "manager",
    "export": "manager", "draw": "manager", "unlock_staff": "manager",
    "gift_over_limit": "manager", "complaints_manage": "manager", "audit_view": "manager",
    "maintain": "manager", "subject_access": "manager",
    # anonymising a member for good: a cashier records it only with a manager's PIN
    "withdraw_consent_alone": "manager",
    # the owner's
    "program": "owner", "cards": "owner", "staff": "owner", "settings": "owner",
    "erase": "owner", "backup": "owner", "demo": "owner", "import": "owner",
}

# What a cashier may give on their own is in app/domain/giving.py.


def rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else -1


def allowed(role: str, permission: str) -> bool:
    needed = PERMISSIONS.get(permission)
    return needed is not None and rank(role) >= rank(needed)


class PermissionDenied(DomainError):
    def __init__(self, permission: str, role: str | None):
        needed = PERMISSIONS.get(permission, "owner")
        super().__init__(f"needs_{needed}", "This needs a {needed}.", permission=permission,
                         role=role or "", needed=needed)


def check(role: str | None, permission: str) -> None:
    if role is None or not allowed(role, permission):
        raise PermissionDenied(permission, role)
