from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_history_redaction_config import ConversationHistoryRedactionConfig


T = TypeVar("T", bound="ConvaiPrivacyConfig")


@_attrs_define
class ConvaiPrivacyConfig:
    """Recording and retention settings.

    Attributes:
        record_voice (bool | Unset):  Default: True.
        retention_days (int | Unset):  Default: -1.
        delete_transcript_and_pii (bool | Unset):  Default: False.
        delete_audio (bool | Unset):  Default: False.
        apply_to_existing_conversations (bool | Unset):  Default: False.
        zero_retention_mode (bool | Unset):  Default: False.
        conversation_history_redaction (ConversationHistoryRedactionConfig | Unset):
    """

    record_voice: bool | Unset = True
    retention_days: int | Unset = -1
    delete_transcript_and_pii: bool | Unset = False
    delete_audio: bool | Unset = False
    apply_to_existing_conversations: bool | Unset = False
    zero_retention_mode: bool | Unset = False
    conversation_history_redaction: ConversationHistoryRedactionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        record_voice = self.record_voice

        retention_days = self.retention_days

        delete_transcript_and_pii = self.delete_transcript_and_pii

        delete_audio = self.delete_audio

        apply_to_existing_conversations = self.apply_to_existing_conversations

        zero_retention_mode = self.zero_retention_mode

        conversation_history_redaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_history_redaction, Unset):
            conversation_history_redaction = self.conversation_history_redaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_voice is not UNSET:
            field_dict["record_voice"] = record_voice
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if delete_transcript_and_pii is not UNSET:
            field_dict["delete_transcript_and_pii"] = delete_transcript_and_pii
        if delete_audio is not UNSET:
            field_dict["delete_audio"] = delete_audio
        if apply_to_existing_conversations is not UNSET:
            field_dict["apply_to_existing_conversations"] = apply_to_existing_conversations
        if zero_retention_mode is not UNSET:
            field_dict["zero_retention_mode"] = zero_retention_mode
        if conversation_history_redaction is not UNSET:
            field_dict["conversation_history_redaction"] = conversation_history_redaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        record_voice = d.pop("record_voice", UNSET)

        retention_days = d.pop("retention_days", UNSET)

        delete_transcript_and_pii = d.pop("delete_transcript_and_pii", UNSET)

        delete_audio = d.pop("delete_audio", UNSET)

        apply_to_existing_conversations = d.pop("apply_to_existing_conversations", UNSET)

        zero_retention_mode = d.pop("zero_retention_mode", UNSET)

        _conversation_history_redaction = d.pop("conversation_history_redaction", UNSET)
        conversation_history_redaction: ConversationHistoryRedactionConfig | Unset
        if isinstance(_conversation_history_redaction, Unset):
            conversation_history_redaction = UNSET
        else:
            conversation_history_redaction = ConversationHistoryRedactionConfig.from_dict(
                _conversation_history_redaction
            )

        convai_privacy_config = cls(
            record_voice=record_voice,
            retention_days=retention_days,
            delete_transcript_and_pii=delete_transcript_and_pii,
            delete_audio=delete_audio,
            apply_to_existing_conversations=apply_to_existing_conversations,
            zero_retention_mode=zero_retention_mode,
            conversation_history_redaction=conversation_history_redaction,
        )

        convai_privacy_config.additional_properties = d
        return convai_privacy_config

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
    global _nested_models_loaded, ConversationHistoryRedactionConfig
    from ..models.conversation_history_redaction_config import ConversationHistoryRedactionConfig  # noqa: F401

    _nested_models_loaded = True
