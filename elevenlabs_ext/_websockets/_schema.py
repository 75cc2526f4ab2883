"""Check socket messages against the schemas of sockets.yaml, as generated into ``elevenlabs_api.sockets``.

The generated attrs models do not check types when they read a dict (``from_dict`` takes
``{"audio": 5}`` as it is), so every message is first checked here. The checker knows the
JSON-schema keywords that sockets.yaml uses (``type``, ``properties``, ``required``,
``additionalProperties``, ``items``, ``enum``, ``const``, ``minimum``, ``maximum``,
``minLength``, ``maxLength``, ``anyOf``, ``$ref``) and refuses to compile any other, so a
keyword added to the description cannot be ignored by accident.

Each schema compiles once into nested closures; a message that passes costs no allocation,
and a failing one raises ``SchemaError`` naming the path to the offending value.

Two modes, one source. *Strict* (what we send, and what our test servers check): a closed
object refuses a key it does not declare. *Lenient* (what we receive from someone else's
client, as the service does): a key a closed object does not declare is removed and noted,
and so is a ``null`` for an optional property that does not allow null, as if it had been
left out. Everything else (types, ranges, required keys) is checked the same in both.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final

__all__ = ["SchemaError", "SchemaSet", "load_schemas"]

Check = Callable[[Any], None]

_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}
_KNOWN: Final = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "anyOf",
        "$ref",
        "x-aliases",
    }
)


class SchemaError(ValueError):
    """A value does not match its schema; ``path`` leads to it (``alignment.chars[3]``)."""

    def __init__(self, problem: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path

    def within(self, step: str | int) -> SchemaError:
        return SchemaError(self.problem, (step, *self.path))

    def __str__(self) -> str:
        where = ""
        for step in self.path:
            where += f"[{step}]" if isinstance(step, int) else (f".{step}" if where else step)
        return f"{where}: {self.problem}" if where else self.problem


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return {str: "string", int: "integer", float: "number", dict: "object", list: "array"}.get(
        type(value), type(value).__name__
    )


class SchemaSet:
    """Compiled checkers for a set of named schemas that refer to each other by name.

    ``lenient=True`` compiles the receiving mode of the module docstring; ``accept`` then
    returns what it ignored.
    """

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]], *, lenient: bool = False) -> None:
        self._schemas = schemas
        self.lenient = lenient
        self._ignored = threading.local()  # per thread: emulators may run in several threads
        self._checks: dict[str, Check] = {}
        self._aliases: dict[str, dict[str, str]] = {}
        for name in schemas:
            self._checks[name] = self._compile(schemas[name])

    def __contains__(self, name: object) -> bool:
        return name in self._checks

    def schema(self, name: str) -> Mapping[str, Any]:
        return self._schemas[name]

    def check(self, name: str, value: Any) -> None:
        """Raise ``SchemaError`` unless ``value`` matches the schema called ``name``."""
        self._checks[name](value)

    def checker(self, name: str) -> Check:
        """``check`` for one schema, as a function (kept by code that checks every frame)."""
        return self._checks[name]

    def accept(self, name: str, value: Any) -> list[str]:
        """Check ``value`` (lenient sets: and drop what the mode ignores, in place); return the
        ignored keys, ``voice_settings.foo`` style."""
        ignored: list[str] = []
        self._ignored.found = ignored
        try:
            self._checks[name](value)
        finally:
            self._ignored.found = None
        return ignored

    def _note_ignored(self, key: str) -> None:
        found: list[str] | None = getattr(self._ignored, "found", None)
        if found is not None:
            found.append(key)

    def aliases(self, name: str) -> dict[str, str]:
        """``{other spelling: property}`` from the ``x-aliases`` of a schema's properties."""
        cached = self._aliases.get(name)
        if cached is not None:
            return cached
        found = self._aliases[name] = {}
        for prop, sub in (self._schemas[name].get("properties") or {}).items():
            for alias in sub.get("x-aliases") or ():
                found[alias] = prop
        return found

    # -- compilation ------------------------------------------------------------------

    def _compile(self, schema: Mapping[str, Any]) -> Check:
        unknown = set(schema) - _KNOWN
        if unknown:
            raise ValueError(f"unsupported schema keywords {sorted(unknown)}")
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self._ref(schema["$ref"]))
        if "anyOf" in schema:
            checks.append(self._any_of([self._compile(sub) for sub in schema["anyOf"]]))
        fused_object = schema.get("type") == "object" and "properties" in schema and not self.lenient
        if "type" in schema and not fused_object:
            checks.append(_type_check(schema["type"]))
        if "const" in schema:
            checks.append(_const_check(schema["const"]))
        if "enum" in schema:
            checks.append(_enum_check(schema["enum"]))
        if "minimum" in schema or "maximum" in schema:
            checks.append(_range_check(schema.get("minimum"), schema.get("maximum")))
        if "minLength" in schema or "maxLength" in schema:
            checks.append(_length_check(schema.get("minLength"), schema.get("maxLength")))
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            checks.append(self._object(schema))
        if "items" in schema:
            checks.append(self._items(schema["items"]))
        if len(checks) == 1:
            return checks[0]

        def check_all(value: Any) -> None:
            for check in checks:
                check(value)

        return check_all

    def _ref(self, name: str) -> Check:
        if name not in self._schemas:
            raise ValueError(f"$ref to unknown schema {name!r}")

        def check_ref(value: Any) -> None:
            self._checks[name](value)  # looked up late: schemas may refer to later ones

        return check_ref

    @staticmethod
    def _any_of(options: list[Check]) -> Check:
        def check_any_of(value: Any) -> None:
            first: SchemaError | None = None
            for option in options:
                try:
                    option(value)
                except SchemaError as error:
                    # Report the alternative that got furthest (deepest path) as the reason.
                    if first is None or len(error.path) > len(first.path):
                        first = error
                else:
                    return
            assert first is not None
            raise first

        return check_any_of

    def _object(self, schema: Mapping[str, Any]) -> Check:
        properties = {name: self._compile(sub) for name, sub in (schema.get("properties") or {}).items()}
        required = tuple(schema.get("required") or ())
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False):
            raise ValueError("additionalProperties must be true or false")
        closed = extra is False
        if self.lenient:
            nullable = {
                name for name, sub in (schema.get("properties") or {}).items() if _allows_null(sub, self._schemas)
            }
            return self._lenient_object(properties, required, closed, nullable)

        # Properties of one plain type (most of them) are checked inline, without a call.
        plain: dict[str, tuple[type, ...]] = {}
        for name, sub in (schema.get("properties") or {}).items():
            declared = sub.get("type")
            if set(sub) <= {"type", "x-aliases"} and declared in ("string", "boolean", "array", "object"):
                plain[name] = _TYPES[declared]
        typed = schema.get("type") == "object"  # fused: this check also reports a non-object

        def check_object(value: Any) -> None:
            if type(value) is not dict:
                if typed:
                    raise SchemaError(f"expected object, got {_type_name(value)}")
                return  # "type" reports the mismatch; properties only constrain objects
            for name in required:
                if name not in value:
                    raise SchemaError(f"required key {name!r} is missing")
            for name, item in value.items():
                kinds = plain.get(name)
                if kinds is not None and type(item) in kinds:
                    continue  # else the full check below decides (subclasses) and reports
                check = properties.get(name)
                if check is None:
                    if closed:
                        raise SchemaError(f"unexpected key {name!r}")
                    continue
                try:
                    check(item)
                except SchemaError as error:
                    raise error.within(name) from None

        return check_object

    def _lenient_object(
        self, properties: dict[str, Check], required: tuple[str, ...], closed: bool, nullable: set[str]
    ) -> Check:
        note = self._note_ignored

        def accept_object(value: Any) -> None:
            if type(value) is not dict:
                return
            dropped: list[str] = []
            for name, item in value.items():
                check = properties.get(name)
                if check is None:
                    if closed:
                        dropped.append(name)
                    continue
                if item is None and name not in required and name not in nullable:
                    dropped.append(name)  # null for "not given", as the service reads it
                    continue
                try:
                    check(item)
                except SchemaError as error:
                    raise error.within(name) from None
            for name in dropped:
                del value[name]
                note(name)
            for name in required:
                if name not in value:
                    raise SchemaError(f"required key {name!r} is missing")

        return accept_object

    def _items(self, schema: Mapping[str, Any]) -> Check:
        # Long lists of plain values (alignment timings) get a loop without a call per item.
        if set(schema) == {"type"} and isinstance(schema["type"], str):
            allowed = _TYPES[schema["type"]]
            no_bool = bool not in allowed
            name = schema["type"]

            def check_plain_items(value: Any) -> None:
                if type(value) is not list:
                    return
                for index, item in enumerate(value):
                    if not isinstance(item, allowed) or (no_bool and isinstance(item, bool)):
                        raise SchemaError(f"expected {name}, got {_type_name(item)}", (index,))

            return check_plain_items
        check = self._compile(schema)

        def check_items(value: Any) -> None:
            if type(value) is not list:
                return
            for index, item in enumerate(value):
                try:
                    check(item)
                except SchemaError as error:
                    raise error.within(index) from None

        return check_items


def _allows_null(schema: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> bool:
    declared = schema.get("type")
    if declared == "null" or (isinstance(declared, list) and "null" in declared):
        return True
    if "const" in schema:
        return schema["const"] is None
    if "anyOf" in schema:
        return any(_allows_null(sub, schemas) for sub in schema["anyOf"])
    if "$ref" in schema:
        return _allows_null(schemas[schema["$ref"]], schemas)
    return False


def _type_check(declared: str | list[str]) -> Check:
    names = [declared] if isinstance(declared, str) else list(declared)
    allowed = tuple(kind for name in names for kind in _TYPES[name])
    no_bool = "boolean" not in names  # True is an int in Python, never in JSON
    expected = " or ".join(names)

    def check_type(value: Any) -> None:
        if not isinstance(value, allowed) or (no_bool and isinstance(value, bool)):
            raise SchemaError(f"expected {expected}, got {_type_name(value)}")
        # Python's json reads NaN and Infinity, which JSON itself has no number for.
        if type(value) is float and not math.isfinite(value):
            raise SchemaError(f"expected a finite number, got {value}")

    return check_type


def _const_check(const: Any) -> Check:
    def check_const(value: Any) -> None:
        if type(value) is not type(const) or value != const:
            raise SchemaError(f"expected {const!r}, got {_describe(value)}")

    return check_const


def _enum_check(options: list[Any]) -> Check:
    allowed = frozenset(options)
    shown = ", ".join(map(repr, options))

    def check_enum(value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, str | int | float) or value not in allowed:
            raise SchemaError(f"expected one of {shown}; got {_describe(value)}")

    return check_enum


def _range_check(low: float | None, high: float | None) -> Check:
    def check_range(value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return
        if low is not None and value < low:
            raise SchemaError(f"{value} is below the minimum {low}")
        if high is not None and value > high:
            raise SchemaError(f"{value} is above the maximum {high}")

    return check_range


def _length_check(low: int | None, high: int | None) -> Check:
    def check_length(value: Any) -> None:
        if not isinstance(value, str):
            return
        if low is not None and len(value) < low:
            raise SchemaError("must not be empty" if low == 1 else f"shorter than {low} characters")
        if high is not None and len(value) > high:
            raise SchemaError("must be empty" if high == 0 else f"longer than {high} characters")

    return check_length


_loaded: dict[bool, SchemaSet] = {}


def load_schemas(*, lenient: bool = False) -> SchemaSet:
    """The compiled schemas of ``elevenlabs_api.sockets`` (compiled on first use, then kept):
    strict for what we send, ``lenient=True`` for what another party's client sends us."""
    found = _loaded.get(lenient)
    if found is None:
        from elevenlabs_api.sockets import SCHEMAS

        found = _loaded[lenient] = SchemaSet(SCHEMAS, lenient=lenient)
    return found
