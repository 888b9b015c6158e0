"""The declarative base: how Python types map to columns (UUID keys, naive UTC times,
64-bit integers outside SQLite)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, Uuid
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: DateTime(timezone=False),  # always UTC, naive in storage
        int: BigInteger().with_variant(Integer(), "sqlite"),
    }
