from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate
    from ..models.convai_workflow_tool_response_input import ConvaiWorkflowToolResponseInput


T = TypeVar("T", bound="ConvaiToolResultWorkflowInput")


@_attrs_define
class ConvaiToolResultWorkflowInput:
    """Result of a workflow tool.

    Attributes:
        request_id (str):
        tool_name (str):
        result_value (str):
        is_error (bool):
        tool_has_been_called (bool):
        type_ (Literal['workflow']):
        is_blocked (bool | Unset):  Default: False.
        tool_latency_secs (float | Unset):  Default: 0.0.
        error_type (str | Unset):  Default: ''.
        raw_error_message (str | Unset):  Default: ''.
        dynamic_variable_updates (list[ConvaiDynamicVariableUpdate] | Unset):
        result (ConvaiWorkflowToolResponseInput | None | Unset):
    """

    request_id: str
    tool_name: str
    result_value: str
    is_error: bool
    tool_has_been_called: bool
    type_: Literal["workflow"]
    is_blocked: bool | Unset = False
    tool_latency_secs: float | Unset = 0.0
    error_type: str | Unset = ""
    raw_error_message: str | Unset = ""
    dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
    result: ConvaiWorkflowToolResponseInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        type_ = self.type_

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

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ConvaiWorkflowToolResponseInput):
            result = self.result.to_dict()
        else:
            result = self.result

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
        if result is not UNSET:
            field_dict["result"] = result

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

        type_ = cast(Literal["workflow"], d.pop("type"))
        if type_ != "workflow":
            raise ValueError(f"type must match const 'workflow', got '{type_}'")

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

        def _parse_result(data: object) -> ConvaiWorkflowToolResponseInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = ConvaiWorkflowToolResponseInput.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiWorkflowToolResponseInput | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        convai_tool_result_workflow_input = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            tool_has_been_called=tool_has_been_called,
            type_=type_,
            is_blocked=is_blocked,
            tool_latency_secs=tool_latency_secs,
            error_type=error_type,
            raw_error_message=raw_error_message,
            dynamic_variable_updates=dynamic_variable_updates,
            result=result,
        )

        convai_tool_result_workflow_input.additional_properties = d
        return convai_tool_result_workflow_input

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
    global _nested_models_loaded, ConvaiDynamicVariableUpdate, ConvaiWorkflowToolResponseInput
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate  # noqa: F401
    from ..models.convai_workflow_tool_response_input import ConvaiWorkflowToolResponseInput  # noqa: F401

    _nested_models_loaded = True
