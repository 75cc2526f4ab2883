"""Request validation driven by the generated package, so it follows the spec by construction.

Bodies are checked against the type hints of the generated attrs model (``text: str``,
``seed: int | None | Unset``, nested models, ``Literal`` enums), then parsed with the model's
own ``from_dict``. Query parameters are read from the keyword-only parameters of the
endpoint module's ``sync_detailed``, with the types and defaults the generator gave them.
Problems are reported the way the real API (FastAPI) does: a 422 whose ``detail`` lists
``loc``, ``msg`` and ``type`` for each.

Everything that would poison state or crash a later answer is refused here, at the edge:
NaN, infinities and out-of-range numbers (``NUMBER_RANGES``), strings that are not valid
Unicode (lone surrogates cannot be encoded as UTF-8), and JSON nested past ``MAX_JSON_DEPTH``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import math
import types
import typing
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any, Final, Literal, TypeVar

import attrs
from elevenlabs_api.models import ValidationError
from elevenlabs_api.types import Unset
from starlette.datastructures import QueryParams

from ._errors import validation_failed

__all__ = [
    "MAX_JSON_DEPTH",
    "NUMBER_RANGES",
    "QueryArgs",
    "check_number",
    "parse_body",
    "parse_json",
    "parse_query",
    "parse_query_fields",
    "parse_value",
    "validate_value",
]

Loc = tuple[str | int, ...]
M = TypeVar("M")
_TRUE = frozenset({"true", "1", "yes", "on", "t", "y"})
_FALSE = frozenset({"false", "0", "no", "off", "f", "n"})
# Deeper JSON than any request body of the API needs (json.loads itself stops at the
# interpreter's recursion limit with RecursionError, which is answered the same way).
MAX_JSON_DEPTH = 64
# Inclusive bounds of numeric fields, by (generated model, JSON key); the service's ranges.
NUMBER_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("VoiceSettings", "stability"): (0.0, 1.0),
    ("VoiceSettings", "similarity_boost"): (0.0, 1.0),
    ("VoiceSettings", "style"): (0.0, 1.0),
    ("VoiceSettings", "speed"): (0.7, 1.2),
    ("DialogueSettings", "stability"): (0.0, 1.0),
    ("TextToSpeechRequest", "seed"): (0, 4_294_967_295),
    ("TextToSpeechWithTimestampsRequest", "seed"): (0, 4_294_967_295),
    ("TextToDialogueRequest", "seed"): (0, 4_294_967_295),
    ("SpeechToSpeechForm", "seed"): (0, 4_294_967_295),
    ("SoundGenerationRequest", "duration_seconds"): (0.5, 30.0),
    ("SoundGenerationRequest", "prompt_influence"): (0.0, 1.0),
}


class _GeneratedNames(Mapping[str, Any]):
    """The generated models by name, resolved on demand (``elevenlabs_api.models`` is lazy).

    Generated model modules import nested models only under TYPE_CHECKING, so their string
    annotations can be evaluated only with this as the local namespace.
    """

    def __getitem__(self, name: str) -> Any:
        models = importlib.import_module("elevenlabs_api.models")
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_HINTS: dict[object, dict[str, Any]] = {}


def _hints(target: object) -> dict[str, Any]:
    hints = _HINTS.get(target)
    if hints is None:
        hints = _HINTS[target] = typing.get_type_hints(target, localns=_GeneratedNames())
    return hints


def _json_key(field_name: str) -> str:
    # The generator appends "_" to names that clash with Python (``type`` → ``type_``).
    return field_name[:-1] if field_name.endswith("_") else field_name


def _problem(loc: Loc, msg: str, kind: str) -> ValidationError:
    return ValidationError(loc=list(loc), msg=msg, type_=kind)


def _describe_literals(values: tuple[Any, ...]) -> str:
    quoted = [f"'{value}'" for value in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" or {quoted[-1]}"


def _union_members(annotation: Any) -> tuple[Any, ...] | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return typing.get_args(annotation)
    return None


def validate_value(annotation: Any, value: Any, loc: Loc) -> list[ValidationError]:
    """Problems of a JSON ``value`` against a generated type hint (empty when it fits)."""
    members = _union_members(annotation)
    if members is not None:
        candidates = [member for member in members if member is not Unset]
        if value is None and type(None) in candidates:
            return []
        candidates = [member for member in candidates if member is not type(None)]
        first: list[ValidationError] = []
        for member in candidates:
            problems = validate_value(member, value, loc)
            if not problems:
                return []
            first = first or problems
        return first or [_problem(loc, "Input should be None", "none_required")]
    if annotation is Any:
        return []
    if typing.get_origin(annotation) is Literal:
        allowed = typing.get_args(annotation)
        if value in allowed and isinstance(value, str | int | bool):
            return []
        return [_problem(loc, f"Input should be {_describe_literals(allowed)}", "enum")]
    if annotation is str:
        return [] if isinstance(value, str) else [_problem(loc, "Input should be a valid string", "string_type")]
    if annotation is bool:
        return [] if isinstance(value, bool) else [_problem(loc, "Input should be a valid boolean", "bool_type")]
    if annotation is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return []
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return []
        return [_problem(loc, "Input should be a valid integer", "int_type")]
    if annotation is float:
        if isinstance(value, float) and not math.isfinite(value):
            return [_problem(loc, "Input should be a finite number", "finite_number")]
        if isinstance(value, int | float) and not isinstance(value, bool):
            return []
        return [_problem(loc, "Input should be a valid number", "float_type")]
    origin = typing.get_origin(annotation)
    if origin is list:
        if not isinstance(value, list):
            return [_problem(loc, "Input should be a valid list", "list_type")]
        (item_type,) = typing.get_args(annotation)
        return [
            problem for index, item in enumerate(value) for problem in validate_value(item_type, item, (*loc, index))
        ]
    if origin is dict:
        if not isinstance(value, dict):
            return [_problem(loc, "Input should be a valid dictionary", "dict_type")]
        _, item_type = typing.get_args(annotation)
        return [problem for key, item in value.items() for problem in validate_value(item_type, item, (*loc, key))]
    if isinstance(annotation, type) and attrs.has(annotation):
        return _validate_model(annotation, value, loc)
    return []  # a type the generator does not use for request bodies: accept, as from_dict would


def _validate_model(model: type[Any], value: Any, loc: Loc) -> list[ValidationError]:
    if not isinstance(value, dict):
        return [
            _problem(
                loc, "Input should be a valid dictionary or object to extract fields from", "model_attributes_type"
            )
        ]
    hints = _hints(model)
    problems: list[ValidationError] = []
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue  # unknown keys are ignored, as the API does
        key = _json_key(field.name)
        annotation = hints[field.name]
        if key not in value:
            optional = (_union_members(annotation) or ()).count(Unset) > 0
            if not optional:
                problems.append(_problem((*loc, key), "Field required", "missing"))
            continue
        found = validate_value(annotation, value[key], (*loc, key))
        if not found:
            found = check_number(model.__name__, key, value[key], (*loc, key))
        problems.extend(found)
    return problems


def check_number(model_name: str, key: str, value: Any, loc: Loc) -> list[ValidationError]:
    """The range problem of ``value`` for field ``key`` of the named model (empty when in range)."""
    bounds = NUMBER_RANGES.get((model_name, key))
    if bounds is None or not isinstance(value, int | float) or isinstance(value, bool):
        return []
    low, high = bounds
    if low <= value <= high:
        return []
    return [_problem(loc, f"Input should be between {low} and {high}", "value_error")]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _bad_values(data: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    """Where ``data`` nests too deep, or holds a string (key or value) that is not valid Unicode
    or a non-finite number. Iterative: a deep document must not exhaust the stack here."""
    stack: list[tuple[Any, Loc]] = [(data, loc)]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, list | dict) and len(loc) > MAX_JSON_DEPTH:
            yield loc, "deep"
            return
        if isinstance(value, str):
            if not _is_unicode(value):
                yield loc, "unicode"
        elif isinstance(value, float):
            if not math.isfinite(value):
                yield loc, "finite"
        elif isinstance(value, list):
            stack.extend((item, (*loc, index)) for index, item in enumerate(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if not _is_unicode(key):
                    yield loc, "unicode"
                stack.append((item, (*loc, key)))


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_BAD_VALUE_MESSAGES: Final = {
    "deep": ("JSON nested too deeply", "json_too_deep"),
    "unicode": ("Input should be valid Unicode text (no lone surrogates)", "string_unicode"),
    "finite": ("Input should be a finite number", "finite_number"),
}


def parse_json(body: bytes | str, loc: Loc = ("body",)) -> Any:
    """JSON as the API's edge accepts it: valid UTF-8 and Unicode, finite numbers, bounded
    depth; otherwise the 422 the API would give."""
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except RecursionError:
        raise validation_failed([_problem(loc, "JSON nested too deeply", "json_too_deep")]) from None
    except (ValueError, UnicodeDecodeError) as error:
        position = error.pos if isinstance(error, json.JSONDecodeError) else getattr(error, "start", 0)
        raise validation_failed([_problem((*loc, position), "JSON decode error", "json_invalid")]) from None
    found = next(_bad_values(data, loc), None)
    if found is not None:
        where, kind = found
        message, kind_name = _BAD_VALUE_MESSAGES[kind]
        raise validation_failed([_problem(where, message, kind_name)])
    return data


def parse_value(data: Any, model: type[M], loc: Loc) -> M:
    """Already-parsed JSON (``parse_json``) as ``model``, or raise the 422 the API would."""
    problems = _validate_model(model, data, loc)
    if problems:
        raise validation_failed(problems)
    parsed: M = getattr(model, "from_dict")(data)  # noqa: B009 - mypy cannot see from_dict on a TypeVar
    return parsed


def parse_body(body: bytes, model: type[M]) -> M:
    """The request body as ``model`` (a generated class), or raise the 422 the API would."""
    if not body.strip():
        raise validation_failed([_problem(("body",), "Field required", "missing")])
    data = parse_json(body)
    problems = _validate_model(model, data, ("body",))
    if problems:
        raise validation_failed(problems)
    parsed: M = getattr(model, "from_dict")(data)  # noqa: B009 - mypy cannot see from_dict on a TypeVar
    return parsed


class QueryArgs:
    """Query parameters parsed with their generated types; ``None`` for absent ones without default."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def text(self, name: str) -> str | None:
        value = self._values[name]
        assert value is None or isinstance(value, str), name
        return value

    def integer(self, name: str) -> int | None:
        value = self._values[name]
        assert value is None or isinstance(value, int), name
        return value

    def flag(self, name: str) -> bool | None:
        value = self._values[name]
        assert value is None or isinstance(value, bool), name
        return value

    def strings(self, name: str) -> list[str] | None:
        value = self._values[name]
        assert value is None or isinstance(value, list), name
        return value


def _query_parameters(endpoint: ModuleType) -> list[tuple[str, Any, Any]]:
    """(name, type, default) of each query parameter; the default is ``_REQUIRED`` when none."""
    function = endpoint.sync_detailed
    hints = _hints(function)
    return [
        (name, hints[name], _default(parameter.default))
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and name not in ("client", "body")
    ]


_REQUIRED: Any = object()


def _default(value: Any) -> Any:
    if value is inspect.Parameter.empty:
        return _REQUIRED
    return None if isinstance(value, Unset) else value


def _convert_text(annotation: Any, raw: str, loc: Loc) -> tuple[Any, list[ValidationError]]:
    members = [member for member in (_union_members(annotation) or (annotation,)) if member is not Unset]
    scalar = [member for member in members if member is not type(None)]
    problems: list[ValidationError] = []
    for member in scalar:
        if member is str:
            return raw, []
        if member is bool:
            if raw.lower() in _TRUE | _FALSE:
                return raw.lower() in _TRUE, []
            problems.append(_problem(loc, "Input should be a valid boolean, unable to interpret input", "bool_parsing"))
        elif member is int:
            try:
                return int(raw), []
            except ValueError:
                problems.append(
                    _problem(
                        loc, "Input should be a valid integer, unable to parse string as an integer", "int_parsing"
                    )
                )
        elif typing.get_origin(member) is Literal:
            if raw in typing.get_args(member):
                return raw, []
            problems.append(_problem(loc, f"Input should be {_describe_literals(typing.get_args(member))}", "enum"))
        else:
            return raw, []
    return None, problems[:1]


def parse_query(query: QueryParams, endpoint: ModuleType) -> QueryArgs:
    """Read ``endpoint``'s query parameters from a Starlette ``QueryParams``; 422 on bad values."""
    values: dict[str, Any] = {}
    problems: list[ValidationError] = []
    for name, annotation, default in _query_parameters(endpoint):
        raw_values = query.getlist(name)
        if not raw_values:
            if default is _REQUIRED:
                problems.append(_problem(("query", name), "Field required", "missing"))
            values[name] = None if default is _REQUIRED else default
            continue
        members = _union_members(annotation) or (annotation,)
        if any(typing.get_origin(member) is list for member in members):
            values[name] = raw_values
            continue
        value, found = _convert_text(annotation, raw_values[-1], ("query", name))
        values[name] = value
        problems.extend(found)
    if problems:
        raise validation_failed(problems)
    return QueryArgs(values)


def parse_query_fields(query: QueryParams, model: type[Any], *, location: str = "query") -> dict[str, Any]:
    """The query parameters named by the fields of a generated model (``WsTextToSpeechQuery``),
    converted to their types; absent ones are left out, unknown ones ignored. 422 on bad values
    (also out of ``NUMBER_RANGES``). ``location`` heads each problem's ``loc`` (``body`` for
    the text fields of a multipart form)."""
    hints = _hints(model)
    values: dict[str, Any] = {}
    problems: list[ValidationError] = []
    for field in attrs.fields(model):
        key = _json_key(field.name)
        raw_values = query.getlist(key)
        if field.name == "additional_properties" or not raw_values:
            continue
        value, found = _convert_text(hints[field.name], raw_values[-1], (location, key))
        found = found or check_number(model.__name__, key, value, (location, key))
        if found:
            problems.extend(found)
        else:
            values[key] = value
    if problems:
        raise validation_failed(problems)
    return values
