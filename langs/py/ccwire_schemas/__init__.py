"""The ccwire JSON Schemas (draft 2020-12) with pydantic v2 models per kind.

    >>> from ccwire_schemas import validate
    >>> validate("webex.routing.AgentOfferContact", {"type": "AgentOfferContact"})[0].keyword
    'required'

`validate` and `is_valid` use the schemas (`jsonschema`, Draft 2020-12): they are exact. The
models (`model(kind)`, or imported from `ccwire_schemas.models.<vendor>.<family>.<kind>`) are
looser in one way: a member that may be absent but never `null` is `X | None = None`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import import_module, resources
from typing import Any, NamedTuple

from jsonschema import Draft202012Validator
from pydantic import BaseModel

from ._catalog import CATALOG, KINDS, VERSION, Kind, Name, StrictName

__version__ = VERSION
__all__ = [
    "KINDS",
    "NAMES",
    "Kind",
    "Name",
    "Problem",
    "StrictName",
    "__version__",
    "is_valid",
    "model",
    "schema",
    "validate",
]

NAMES: tuple[Name, ...] = tuple(CATALOG)
"""Every name: the kinds, then the wider schemas (`webex.message`, `webex.routingEvent`,
`sobot.event`, `lifecycle.event`, `lifecycle.problem`)."""


class Problem(NamedTuple):
    """Why a value does not match a schema."""

    pointer: str
    """JSON pointer of the offending value (`""` for the value itself)."""
    keyword: str
    """The JSON Schema keyword that failed (`type`, `required`, `enum`, ...)."""
    message: str


def _entry(name: str) -> tuple[str, str | None, str | None, str | None]:
    try:
        return CATALOG[name]
    except (KeyError, TypeError):
        raise ValueError(f"ccwire_schemas: unknown name {name!r}") from None


def _file(name: str, strict: bool) -> str:
    lenient, strict_file, _, _ = _entry(name)
    if not strict:
        return lenient
    if strict_file is None:
        raise ValueError(f"ccwire_schemas: {name} has no strict schema")
    return strict_file


def schema(name: Name, *, strict: bool = False) -> dict[str, Any]:
    """The schema of `name` (a fresh copy): lenient, or with `strict` the strict one."""
    text = resources.files(__name__).joinpath("schemas", *_file(name, strict).split("/")).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator(name: str, strict: bool) -> Draft202012Validator:
    return Draft202012Validator(schema(name, strict=strict))


def _pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def validate(name: Name, value: object, *, strict: bool = False) -> list[Problem]:
    """The problems of `value` against the schema of `name`: `[]` when it matches.

    `strict`: against the strict schema (no unknown member, enum value or kind; every expected
    member present). Raises `ValueError` for an unknown name.
    """
    errors = _validator(name, strict).iter_errors(value)
    return [Problem(_pointer(e.absolute_path), str(e.validator), e.message) for e in errors]


def is_valid(name: Name, value: object, *, strict: bool = False) -> bool:
    """Whether `value` matches the schema of `name`."""
    return bool(_validator(name, strict).is_valid(value))


def model(kind: Kind) -> type[BaseModel]:
    """The pydantic v2 model of `kind` (unknown members kept: `extra="allow"`)."""
    _, _, module, cls = _entry(kind)
    if module is None or cls is None:
        raise ValueError(f"ccwire_schemas: {kind} is not a kind: it has no model")
    found: type[BaseModel] = getattr(import_module(f"{__name__}.models.{module}"), cls)
    return found
