from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dub_order_item_request import DubOrderItemRequest
    from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
    from ..models.transcription_order_item_request import TranscriptionOrderItemRequest


T = TypeVar("T", bound="UpsertOrderItemRequest")


@_attrs_define
class UpsertOrderItemRequest:
    """
    Attributes:
        item (DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest):
        item_id (None | str | Unset):
    """

    item: DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest
    item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        item: dict[str, Any]
        if isinstance(self.item, DubOrderItemRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, SubtitleOrderItemRequest):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
            }
        )
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_item(data: object) -> DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest:
            if isinstance(data, dict):
                if data.get("kind") == "dub":
                    componentsschemas_order_item_request_input_type_0 = DubOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_input_type_0
                if data.get("kind") == "subtitles":
                    componentsschemas_order_item_request_input_type_1 = SubtitleOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_input_type_1
                if data.get("kind") == "transcription":
                    componentsschemas_order_item_request_input_type_2 = TranscriptionOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_input_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_item_request_input_type_0 = DubOrderItemRequest.from_dict(data)

                return componentsschemas_order_item_request_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_item_request_input_type_1 = SubtitleOrderItemRequest.from_dict(data)

                return componentsschemas_order_item_request_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_order_item_request_input_type_2 = TranscriptionOrderItemRequest.from_dict(data)

            return componentsschemas_order_item_request_input_type_2

        item = _parse_item(d.pop("item"))

        def _parse_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        upsert_order_item_request = cls(
            item=item,
            item_id=item_id,
        )

        upsert_order_item_request.additional_properties = d
        return upsert_order_item_request

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
    global _nested_models_loaded, DubOrderItemRequest, SubtitleOrderItemRequest, TranscriptionOrderItemRequest
    from ..models.dub_order_item_request import DubOrderItemRequest  # noqa: F401
    from ..models.subtitle_order_item_request import SubtitleOrderItemRequest  # noqa: F401
    from ..models.transcription_order_item_request import TranscriptionOrderItemRequest  # noqa: F401

    _nested_models_loaded = True
