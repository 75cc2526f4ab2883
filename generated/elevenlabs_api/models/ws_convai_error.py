from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_convai_error_event import WsConvaiErrorEvent


T = TypeVar("T", bound="WsConvaiError")


@_attrs_define
class WsConvaiError:
    """A problem with the conversation or with a message the client sent.

    Attributes:
        type_ (Literal['error']):
        error_event (WsConvaiErrorEvent | Unset):
    """

    type_: Literal["error"]
    error_event: WsConvaiErrorEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        error_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_event, Unset):
            error_event = self.error_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if error_event is not UNSET:
            field_dict["error_event"] = error_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["error"], d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        _error_event = d.pop("error_event", UNSET)
        error_event: WsConvaiErrorEvent | Unset
        if isinstance(_error_event, Unset):
            error_event = UNSET
        else:
            error_event = WsConvaiErrorEvent.from_dict(_error_event)

        ws_convai_error = cls(
            type_=type_,
            error_event=error_event,
        )

        ws_convai_error.additional_properties = d
        return ws_convai_error

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
    global _nested_models_loaded, WsConvaiErrorEvent
    from ..models.ws_convai_error_event import WsConvaiErrorEvent  # noqa: F401

    _nested_models_loaded = True
