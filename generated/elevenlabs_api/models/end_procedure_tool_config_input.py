from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.end_procedure_tool_config_input_procedures import EndProcedureToolConfigInputProcedures


T = TypeVar("T", bound="EndProcedureToolConfigInput")


@_attrs_define
class EndProcedureToolConfigInput:
    """
    Attributes:
        system_tool_type (Literal['end_procedure'] | Unset):  Default: 'end_procedure'.
        procedures (EndProcedureToolConfigInputProcedures | Unset):
    """

    system_tool_type: Literal["end_procedure"] | Unset = "end_procedure"
    procedures: EndProcedureToolConfigInputProcedures | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        system_tool_type = self.system_tool_type

        procedures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            procedures = self.procedures.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_tool_type is not UNSET:
            field_dict["system_tool_type"] = system_tool_type
        if procedures is not UNSET:
            field_dict["procedures"] = procedures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        system_tool_type = cast(Literal["end_procedure"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "end_procedure" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'end_procedure', got '{system_tool_type}'")

        _procedures = d.pop("procedures", UNSET)
        procedures: EndProcedureToolConfigInputProcedures | Unset
        if isinstance(_procedures, Unset):
            procedures = UNSET
        else:
            procedures = EndProcedureToolConfigInputProcedures.from_dict(_procedures)

        end_procedure_tool_config_input = cls(
            system_tool_type=system_tool_type,
            procedures=procedures,
        )

        end_procedure_tool_config_input.additional_properties = d
        return end_procedure_tool_config_input

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
    global _nested_models_loaded, EndProcedureToolConfigInputProcedures
    from ..models.end_procedure_tool_config_input_procedures import EndProcedureToolConfigInputProcedures  # noqa: F401

    _nested_models_loaded = True
