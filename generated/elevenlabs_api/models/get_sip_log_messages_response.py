from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sip_log_message import SIPLogMessage


T = TypeVar("T", bound="GetSIPLogMessagesResponse")


@_attrs_define
class GetSIPLogMessagesResponse:
    """
    Attributes:
        sip_messages (list[SIPLogMessage]):
        next_cursor (None | str | Unset):
        has_more (bool | Unset):  Default: False.
    """

    sip_messages: list[SIPLogMessage]
    next_cursor: None | str | Unset = UNSET
    has_more: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        sip_messages = []
        for sip_messages_item_data in self.sip_messages:
            sip_messages_item = sip_messages_item_data.to_dict()
            sip_messages.append(sip_messages_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_messages": sip_messages,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        sip_messages = []
        _sip_messages = d.pop("sip_messages")
        for sip_messages_item_data in _sip_messages:
            sip_messages_item = SIPLogMessage.from_dict(sip_messages_item_data)

            sip_messages.append(sip_messages_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        has_more = d.pop("has_more", UNSET)

        get_sip_log_messages_response = cls(
            sip_messages=sip_messages,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        get_sip_log_messages_response.additional_properties = d
        return get_sip_log_messages_response

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
    global _nested_models_loaded, SIPLogMessage
    from ..models.sip_log_message import SIPLogMessage  # noqa: F401

    _nested_models_loaded = True
