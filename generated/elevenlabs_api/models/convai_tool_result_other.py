from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_tool_result_other_type_type_0 import (
    ConvaiToolResultOtherTypeType0,
    check_convai_tool_result_other_type_type_0,
)
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
        is_blocked (bool | Unset):  Default: False.
        tool_latency_secs (float | Unset):  Default: 0.0.
        error_type (str | Unset):  Default: ''.
        raw_error_message (str | Unset):  Default: ''.
        dynamic_variable_updates (list[ConvaiDynamicVariableUpdate] | Unset):
        type_ (ConvaiToolResultOtherTypeType0 | None | Unset):
    """

    request_id: str
    tool_name: str
    result_value: str
    is_error: bool
    tool_has_been_called: bool
    is_blocked: bool | Unset = False
    tool_latency_secs: float | Unset = 0.0
    error_type: str | Unset = ""
    raw_error_message: str | Unset = ""
    dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
    type_: ConvaiToolResultOtherTypeType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        is_blocked = self.is_blocked

        tool_latency_secs = self.tool_latency_secs

        error_type = self.error_type

        raw_error_message = self.raw_error_message

        dynamic_variable_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_variable_updates, Unset):
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
                dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
                dynamic_variable_updates.append(dynamic_variable_updates_item)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "tool_name": tool_name,
                "result_value": result_value,
                "is_error": is_error,
                "tool_has_been_called": tool_has_been_called,
            }
        )
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if tool_latency_secs is not UNSET:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if raw_error_message is not UNSET:
            field_dict["raw_error_message"] = raw_error_message
        if dynamic_variable_updates is not UNSET:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        if type_ is not UNSET:
            field_dict["type"] = type_

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

        is_blocked = d.pop("is_blocked", UNSET)

        tool_latency_secs = d.pop("tool_latency_secs", UNSET)

        error_type = d.pop("error_type", UNSET)

        raw_error_message = d.pop("raw_error_message", UNSET)

        _dynamic_variable_updates = d.pop("dynamic_variable_updates", UNSET)
        dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
        if _dynamic_variable_updates is not UNSET:
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                dynamic_variable_updates_item = ConvaiDynamicVariableUpdate.from_dict(
                    dynamic_variable_updates_item_data
                )

                dynamic_variable_updates.append(dynamic_variable_updates_item)

        def _parse_type_(data: object) -> ConvaiToolResultOtherTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_convai_tool_result_other_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiToolResultOtherTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        convai_tool_result_other = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            tool_has_been_called=tool_has_been_called,
            is_blocked=is_blocked,
            tool_latency_secs=tool_latency_secs,
            error_type=error_type,
            raw_error_message=raw_error_message,
            dynamic_variable_updates=dynamic_variable_updates,
            type_=type_,
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
