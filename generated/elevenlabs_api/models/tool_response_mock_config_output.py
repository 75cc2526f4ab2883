from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter


T = TypeVar("T", bound="ToolResponseMockConfigOutput")


@_attrs_define
class ToolResponseMockConfigOutput:
    """
    Attributes:
        mock_result (str):
        parameter_conditions (list[UnitTestToolCallParameter] | Unset):
        is_error (bool | Unset):  Default: False.
    """

    mock_result: str
    parameter_conditions: list[UnitTestToolCallParameter] | Unset = UNSET
    is_error: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        mock_result = self.mock_result

        parameter_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter_conditions, Unset):
            parameter_conditions = []
            for parameter_conditions_item_data in self.parameter_conditions:
                parameter_conditions_item = parameter_conditions_item_data.to_dict()
                parameter_conditions.append(parameter_conditions_item)

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mock_result": mock_result,
            }
        )
        if parameter_conditions is not UNSET:
            field_dict["parameter_conditions"] = parameter_conditions
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        mock_result = d.pop("mock_result")

        _parameter_conditions = d.pop("parameter_conditions", UNSET)
        parameter_conditions: list[UnitTestToolCallParameter] | Unset = UNSET
        if _parameter_conditions is not UNSET:
            parameter_conditions = []
            for parameter_conditions_item_data in _parameter_conditions:
                parameter_conditions_item = UnitTestToolCallParameter.from_dict(parameter_conditions_item_data)

                parameter_conditions.append(parameter_conditions_item)

        is_error = d.pop("is_error", UNSET)

        tool_response_mock_config_output = cls(
            mock_result=mock_result,
            parameter_conditions=parameter_conditions,
            is_error=is_error,
        )

        tool_response_mock_config_output.additional_properties = d
        return tool_response_mock_config_output

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
    global _nested_models_loaded, UnitTestToolCallParameter
    from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter  # noqa: F401

    _nested_models_loaded = True
