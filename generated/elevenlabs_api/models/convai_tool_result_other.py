from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_tool_result_other_type import ConvaiToolResultOtherType, check_convai_tool_result_other_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate


T = TypeVar("T", bound="ConvaiToolResultOther")


@_attrs_define
class ConvaiToolResultOther:
    """Result of a client, webhook or MCP tool.

    Attributes:
        request_id (str):
        tool_name (str):
        result_value (str):
        is_error (bool):
        tool_has_been_called (bool):
        type_ (ConvaiToolResultOtherType):
        tool_latency_secs (float | Unset):  Default: 0.0.
        dynamic_variable_updates (list[ConvaiDynamicVariableUpdate] | Unset):
    """

    request_id: str
    tool_name: str
    result_value: str
    is_error: bool
    tool_has_been_called: bool
    type_: ConvaiToolResultOtherType
    tool_latency_secs: float | Unset = 0.0
    dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        type_: str = self.type_

        tool_latency_secs = self.tool_latency_secs

        dynamic_variable_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_variable_updates, Unset):
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
                dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
                dynamic_variable_updates.append(dynamic_variable_updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "tool_name": tool_name,
                "result_value": result_value,
                "is_error": is_error,
                "tool_has_been_called": tool_has_been_called,
                "type": type_,
            }
        )
        if tool_latency_secs is not UNSET:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if dynamic_variable_updates is not UNSET:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        request_id = d.pop("request_id")

        tool_name = d.pop("tool_name")

        result_value = d.pop("result_value")

        is_error = d.pop("is_error")

        tool_has_been_called = d.pop("tool_has_been_called")

        type_ = check_convai_tool_result_other_type(d.pop("type"))

        tool_latency_secs = d.pop("tool_latency_secs", UNSET)

        _dynamic_variable_updates = d.pop("dynamic_variable_updates", UNSET)
        dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
        if _dynamic_variable_updates is not UNSET:
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                dynamic_variable_updates_item = ConvaiDynamicVariableUpdate.from_dict(
                    dynamic_variable_updates_item_data
                )

                dynamic_variable_updates.append(dynamic_variable_updates_item)

        convai_tool_result_other = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            tool_has_been_called=tool_has_been_called,
            type_=type_,
            tool_latency_secs=tool_latency_secs,
            dynamic_variable_updates=dynamic_variable_updates,
        )

        convai_tool_result_other.additional_properties = d
        return convai_tool_result_other

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
    global _nested_models_loaded, ConvaiDynamicVariableUpdate
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate  # noqa: F401

    _nested_models_loaded = True
