from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_history_multivoice_message_part_model import (
        ConversationHistoryMultivoiceMessagePartModel,
    )


T = TypeVar("T", bound="ConversationHistoryMultivoiceMessageModel")


@_attrs_define
class ConversationHistoryMultivoiceMessageModel:
    """
    Attributes:
        parts (list[ConversationHistoryMultivoiceMessagePartModel]):
    """

    parts: list[ConversationHistoryMultivoiceMessagePartModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = ConversationHistoryMultivoiceMessagePartModel.from_dict(parts_item_data)

            parts.append(parts_item)

        conversation_history_multivoice_message_model = cls(
            parts=parts,
        )

        conversation_history_multivoice_message_model.additional_properties = d
        return conversation_history_multivoice_message_model

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
    global _nested_models_loaded, ConversationHistoryMultivoiceMessagePartModel
    from ..models.conversation_history_multivoice_message_part_model import (
        ConversationHistoryMultivoiceMessagePartModel,  # noqa: F401
    )

    _nested_models_loaded = True
