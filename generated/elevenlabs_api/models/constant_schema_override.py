from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.constant_schema_override_constant_value_type_5 import ConstantSchemaOverrideConstantValueType5


T = TypeVar("T", bound="ConstantSchemaOverride")


@_attrs_define
class ConstantSchemaOverride:
    """
    Attributes:
        constant_value (bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str):
        source (Literal['constant'] | Unset):  Default: 'constant'.
    """

    constant_value: bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str
    source: Literal["constant"] | Unset = "constant"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        constant_value: bool | dict[str, Any] | float | int | list[Any] | None | str
        if isinstance(self.constant_value, list):
            constant_value = self.constant_value

        elif isinstance(self.constant_value, ConstantSchemaOverrideConstantValueType5):
            constant_value = self.constant_value.to_dict()
        else:
            constant_value = self.constant_value

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "constant_value": constant_value,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_constant_value(
            data: object,
        ) -> bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                constant_value_type_4 = cast(list[Any], data)

                return constant_value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constant_value_type_5 = ConstantSchemaOverrideConstantValueType5.from_dict(data)

                return constant_value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str, data)

        constant_value = _parse_constant_value(d.pop("constant_value"))

        source = cast(Literal["constant"] | Unset, d.pop("source", UNSET))
        if source != "constant" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'constant', got '{source}'")

        constant_schema_override = cls(
            constant_value=constant_value,
            source=source,
        )

        constant_schema_override.additional_properties = d
        return constant_schema_override

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ConstantSchemaOverrideConstantValueType5
    from ..models.constant_schema_override_constant_value_type_5 import ConstantSchemaOverrideConstantValueType5  # noqa: F401

    _nested_models_loaded = True
