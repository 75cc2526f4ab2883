from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiConversationDeletionSettings")


@_attrs_define
class ConvaiConversationDeletionSettings:
    """
    Attributes:
        deletion_time_unix_secs (int | None | Unset):
        deleted_logs_at_time_unix_secs (int | None | Unset):
        deleted_audio_at_time_unix_secs (int | None | Unset):
        deleted_transcript_at_time_unix_secs (int | None | Unset):
        delete_transcript_and_pii (bool | Unset):  Default: False.
        delete_audio (bool | Unset):  Default: False.
    """

    deletion_time_unix_secs: int | None | Unset = UNSET
    deleted_logs_at_time_unix_secs: int | None | Unset = UNSET
    deleted_audio_at_time_unix_secs: int | None | Unset = UNSET
    deleted_transcript_at_time_unix_secs: int | None | Unset = UNSET
    delete_transcript_and_pii: bool | Unset = False
    delete_audio: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deletion_time_unix_secs: int | None | Unset
        if isinstance(self.deletion_time_unix_secs, Unset):
            deletion_time_unix_secs = UNSET
        else:
            deletion_time_unix_secs = self.deletion_time_unix_secs

        deleted_logs_at_time_unix_secs: int | None | Unset
        if isinstance(self.deleted_logs_at_time_unix_secs, Unset):
            deleted_logs_at_time_unix_secs = UNSET
        else:
            deleted_logs_at_time_unix_secs = self.deleted_logs_at_time_unix_secs

        deleted_audio_at_time_unix_secs: int | None | Unset
        if isinstance(self.deleted_audio_at_time_unix_secs, Unset):
            deleted_audio_at_time_unix_secs = UNSET
        else:
            deleted_audio_at_time_unix_secs = self.deleted_audio_at_time_unix_secs

        deleted_transcript_at_time_unix_secs: int | None | Unset
        if isinstance(self.deleted_transcript_at_time_unix_secs, Unset):
            deleted_transcript_at_time_unix_secs = UNSET
        else:
            deleted_transcript_at_time_unix_secs = self.deleted_transcript_at_time_unix_secs

        delete_transcript_and_pii = self.delete_transcript_and_pii

        delete_audio = self.delete_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deletion_time_unix_secs is not UNSET:
            field_dict["deletion_time_unix_secs"] = deletion_time_unix_secs
        if deleted_logs_at_time_unix_secs is not UNSET:
            field_dict["deleted_logs_at_time_unix_secs"] = deleted_logs_at_time_unix_secs
        if deleted_audio_at_time_unix_secs is not UNSET:
            field_dict["deleted_audio_at_time_unix_secs"] = deleted_audio_at_time_unix_secs
        if deleted_transcript_at_time_unix_secs is not UNSET:
            field_dict["deleted_transcript_at_time_unix_secs"] = deleted_transcript_at_time_unix_secs
        if delete_transcript_and_pii is not UNSET:
            field_dict["delete_transcript_and_pii"] = delete_transcript_and_pii
        if delete_audio is not UNSET:
            field_dict["delete_audio"] = delete_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_deletion_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deletion_time_unix_secs = _parse_deletion_time_unix_secs(d.pop("deletion_time_unix_secs", UNSET))

        def _parse_deleted_logs_at_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deleted_logs_at_time_unix_secs = _parse_deleted_logs_at_time_unix_secs(
            d.pop("deleted_logs_at_time_unix_secs", UNSET)
        )

        def _parse_deleted_audio_at_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deleted_audio_at_time_unix_secs = _parse_deleted_audio_at_time_unix_secs(
            d.pop("deleted_audio_at_time_unix_secs", UNSET)
        )

        def _parse_deleted_transcript_at_time_unix_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deleted_transcript_at_time_unix_secs = _parse_deleted_transcript_at_time_unix_secs(
            d.pop("deleted_transcript_at_time_unix_secs", UNSET)
        )

        delete_transcript_and_pii = d.pop("delete_transcript_and_pii", UNSET)

        delete_audio = d.pop("delete_audio", UNSET)

        convai_conversation_deletion_settings = cls(
            deletion_time_unix_secs=deletion_time_unix_secs,
            deleted_logs_at_time_unix_secs=deleted_logs_at_time_unix_secs,
            deleted_audio_at_time_unix_secs=deleted_audio_at_time_unix_secs,
            deleted_transcript_at_time_unix_secs=deleted_transcript_at_time_unix_secs,
            delete_transcript_and_pii=delete_transcript_and_pii,
            delete_audio=delete_audio,
        )

        convai_conversation_deletion_settings.additional_properties = d
        return convai_conversation_deletion_settings

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
