from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_convai_client_tool_call_event_parameters import WsConvaiClientToolCallEventParameters


T = TypeVar("T", bound="WsConvaiClientToolCallEvent")


@_attrs_define
class WsConvaiClientToolCallEvent:
    """
    Attributes:
        tool_name (str): A client tool of the agent's configuration.
        tool_call_id (str): Quote it in the `client_tool_result`.
        parameters (WsConvaiClientToolCallEventParameters | Unset): The tool's arguments, as its configuration describes
            them.
        event_id (int | Unset):
    """

    tool_name: str
    tool_call_id: str
    parameters: WsConvaiClientToolCallEventParameters | Unset = UNSET
    event_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        tool_name = self.tool_name

        tool_call_id = self.tool_call_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "tool_call_id": tool_call_id,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        tool_call_id = d.pop("tool_call_id")

        _parameters = d.pop("parameters", UNSET)
        parameters: WsConvaiClientToolCallEventParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WsConvaiClientToolCallEventParameters.from_dict(_parameters)

        event_id = d.pop("event_id", UNSET)

        ws_convai_client_tool_call_event = cls(
            tool_name=tool_name,
            tool_call_id=tool_call_id,
            parameters=parameters,
            event_id=event_id,
        )

        ws_convai_client_tool_call_event.additional_properties = d
        return ws_convai_client_tool_call_event

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
    global _nested_models_loaded, WsConvaiClientToolCallEventParameters
    from ..models.ws_convai_client_tool_call_event_parameters import WsConvaiClientToolCallEventParameters  # noqa: F401

    _nested_models_loaded = True
