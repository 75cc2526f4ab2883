from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_procedure_tool_config_output_procedures import StartProcedureToolConfigOutputProcedures


T = TypeVar("T", bound="StartProcedureToolConfigOutput")


@_attrs_define
class StartProcedureToolConfigOutput:
    """
    Attributes:
        system_tool_type (Literal['start_procedure'] | Unset):  Default: 'start_procedure'.
        procedures (StartProcedureToolConfigOutputProcedures | Unset):
    """

    system_tool_type: Literal["start_procedure"] | Unset = "start_procedure"
    procedures: StartProcedureToolConfigOutputProcedures | Unset = UNSET
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
        system_tool_type = cast(Literal["start_procedure"] | Unset, d.pop("system_tool_type", UNSET))
        if system_tool_type != "start_procedure" and not isinstance(system_tool_type, Unset):
            raise ValueError(f"system_tool_type must match const 'start_procedure', got '{system_tool_type}'")

        _procedures = d.pop("procedures", UNSET)
        procedures: StartProcedureToolConfigOutputProcedures | Unset
        if isinstance(_procedures, Unset):
            procedures = UNSET
        else:
            procedures = StartProcedureToolConfigOutputProcedures.from_dict(_procedures)

        start_procedure_tool_config_output = cls(
            system_tool_type=system_tool_type,
            procedures=procedures,
        )

        start_procedure_tool_config_output.additional_properties = d
        return start_procedure_tool_config_output

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
    global _nested_models_loaded, StartProcedureToolConfigOutputProcedures
    from ..models.start_procedure_tool_config_output_procedures import StartProcedureToolConfigOutputProcedures  # noqa: F401

    _nested_models_loaded = True
