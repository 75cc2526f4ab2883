from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_client_event import ConvaiClientEvent, check_convai_client_event
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_sound_config import BackgroundSoundConfig
    from ..models.file_input_config import FileInputConfig


T = TypeVar("T", bound="ConvaiConversationSettings")


@_attrs_define
class ConvaiConversationSettings:
    """Conversation-level settings.

    Attributes:
        text_only (bool | Unset):  Default: False.
        max_duration_seconds (int | Unset):  Default: 600.
        client_events (list[ConvaiClientEvent] | Unset):
        file_input (FileInputConfig | Unset):
        monitoring_enabled (bool | Unset):  Default: False.
        monitoring_events (list[ConvaiClientEvent] | Unset):
        background_sound (BackgroundSoundConfig | Unset):
        source_attribution (bool | Unset):  Default: False.
    """

    text_only: bool | Unset = False
    max_duration_seconds: int | Unset = 600
    client_events: list[ConvaiClientEvent] | Unset = UNSET
    file_input: FileInputConfig | Unset = UNSET
    monitoring_enabled: bool | Unset = False
    monitoring_events: list[ConvaiClientEvent] | Unset = UNSET
    background_sound: BackgroundSoundConfig | Unset = UNSET
    source_attribution: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text_only = self.text_only

        max_duration_seconds = self.max_duration_seconds

        client_events: list[str] | Unset = UNSET
        if not isinstance(self.client_events, Unset):
            client_events = []
            for client_events_item_data in self.client_events:
                client_events_item: str = client_events_item_data
                client_events.append(client_events_item)

        file_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_input, Unset):
            file_input = self.file_input.to_dict()

        monitoring_enabled = self.monitoring_enabled

        monitoring_events: list[str] | Unset = UNSET
        if not isinstance(self.monitoring_events, Unset):
            monitoring_events = []
            for monitoring_events_item_data in self.monitoring_events:
                monitoring_events_item: str = monitoring_events_item_data
                monitoring_events.append(monitoring_events_item)

        background_sound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_sound, Unset):
            background_sound = self.background_sound.to_dict()

        source_attribution = self.source_attribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        if client_events is not UNSET:
            field_dict["client_events"] = client_events
        if file_input is not UNSET:
            field_dict["file_input"] = file_input
        if monitoring_enabled is not UNSET:
            field_dict["monitoring_enabled"] = monitoring_enabled
        if monitoring_events is not UNSET:
            field_dict["monitoring_events"] = monitoring_events
        if background_sound is not UNSET:
            field_dict["background_sound"] = background_sound
        if source_attribution is not UNSET:
            field_dict["source_attribution"] = source_attribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text_only = d.pop("text_only", UNSET)

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)

        _client_events = d.pop("client_events", UNSET)
        client_events: list[ConvaiClientEvent] | Unset = UNSET
        if _client_events is not UNSET:
            client_events = []
            for client_events_item_data in _client_events:
                client_events_item = check_convai_client_event(client_events_item_data)

                client_events.append(client_events_item)

        _file_input = d.pop("file_input", UNSET)
        file_input: FileInputConfig | Unset
        if isinstance(_file_input, Unset):
            file_input = UNSET
        else:
            file_input = FileInputConfig.from_dict(_file_input)

        monitoring_enabled = d.pop("monitoring_enabled", UNSET)

        _monitoring_events = d.pop("monitoring_events", UNSET)
        monitoring_events: list[ConvaiClientEvent] | Unset = UNSET
        if _monitoring_events is not UNSET:
            monitoring_events = []
            for monitoring_events_item_data in _monitoring_events:
                monitoring_events_item = check_convai_client_event(monitoring_events_item_data)

                monitoring_events.append(monitoring_events_item)

        _background_sound = d.pop("background_sound", UNSET)
        background_sound: BackgroundSoundConfig | Unset
        if isinstance(_background_sound, Unset):
            background_sound = UNSET
        else:
            background_sound = BackgroundSoundConfig.from_dict(_background_sound)

        source_attribution = d.pop("source_attribution", UNSET)

        convai_conversation_settings = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
            client_events=client_events,
            file_input=file_input,
            monitoring_enabled=monitoring_enabled,
            monitoring_events=monitoring_events,
            background_sound=background_sound,
            source_attribution=source_attribution,
        )

        convai_conversation_settings.additional_properties = d
        return convai_conversation_settings

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
    global _nested_models_loaded, BackgroundSoundConfig, FileInputConfig
    from ..models.background_sound_config import BackgroundSoundConfig  # noqa: F401
    from ..models.file_input_config import FileInputConfig  # noqa: F401

    _nested_models_loaded = True
