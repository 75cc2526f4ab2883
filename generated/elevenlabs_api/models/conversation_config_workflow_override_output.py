from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_client_event import ConvaiClientEvent, check_convai_client_event
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride
    from ..models.file_input_config_workflow_override import FileInputConfigWorkflowOverride


T = TypeVar("T", bound="ConversationConfigWorkflowOverrideOutput")


@_attrs_define
class ConversationConfigWorkflowOverrideOutput:
    """
    Attributes:
        text_only (bool | None | Unset):
        max_duration_seconds (int | None | Unset):
        client_events (list[ConvaiClientEvent] | None | Unset):
        file_input (FileInputConfigWorkflowOverride | None | Unset):
        monitoring_enabled (bool | None | Unset):
        monitoring_events (list[ConvaiClientEvent] | None | Unset):
        background_sound (BackgroundSoundConfigWorkflowOverride | None | Unset):
        source_attribution (bool | None | Unset):
    """

    text_only: bool | None | Unset = UNSET
    max_duration_seconds: int | None | Unset = UNSET
    client_events: list[ConvaiClientEvent] | None | Unset = UNSET
    file_input: FileInputConfigWorkflowOverride | None | Unset = UNSET
    monitoring_enabled: bool | None | Unset = UNSET
    monitoring_events: list[ConvaiClientEvent] | None | Unset = UNSET
    background_sound: BackgroundSoundConfigWorkflowOverride | None | Unset = UNSET
    source_attribution: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text_only: bool | None | Unset
        if isinstance(self.text_only, Unset):
            text_only = UNSET
        else:
            text_only = self.text_only

        max_duration_seconds: int | None | Unset
        if isinstance(self.max_duration_seconds, Unset):
            max_duration_seconds = UNSET
        else:
            max_duration_seconds = self.max_duration_seconds

        client_events: list[str] | None | Unset
        if isinstance(self.client_events, Unset):
            client_events = UNSET
        elif isinstance(self.client_events, list):
            client_events = []
            for client_events_type_0_item_data in self.client_events:
                client_events_type_0_item: str = client_events_type_0_item_data
                client_events.append(client_events_type_0_item)

        else:
            client_events = self.client_events

        file_input: dict[str, Any] | None | Unset
        if isinstance(self.file_input, Unset):
            file_input = UNSET
        elif isinstance(self.file_input, FileInputConfigWorkflowOverride):
            file_input = self.file_input.to_dict()
        else:
            file_input = self.file_input

        monitoring_enabled: bool | None | Unset
        if isinstance(self.monitoring_enabled, Unset):
            monitoring_enabled = UNSET
        else:
            monitoring_enabled = self.monitoring_enabled

        monitoring_events: list[str] | None | Unset
        if isinstance(self.monitoring_events, Unset):
            monitoring_events = UNSET
        elif isinstance(self.monitoring_events, list):
            monitoring_events = []
            for monitoring_events_type_0_item_data in self.monitoring_events:
                monitoring_events_type_0_item: str = monitoring_events_type_0_item_data
                monitoring_events.append(monitoring_events_type_0_item)

        else:
            monitoring_events = self.monitoring_events

        background_sound: dict[str, Any] | None | Unset
        if isinstance(self.background_sound, Unset):
            background_sound = UNSET
        elif isinstance(self.background_sound, BackgroundSoundConfigWorkflowOverride):
            background_sound = self.background_sound.to_dict()
        else:
            background_sound = self.background_sound

        source_attribution: bool | None | Unset
        if isinstance(self.source_attribution, Unset):
            source_attribution = UNSET
        else:
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

        def _parse_text_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        text_only = _parse_text_only(d.pop("text_only", UNSET))

        def _parse_max_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_duration_seconds = _parse_max_duration_seconds(d.pop("max_duration_seconds", UNSET))

        def _parse_client_events(data: object) -> list[ConvaiClientEvent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                client_events_type_0 = []
                _client_events_type_0 = data
                for client_events_type_0_item_data in _client_events_type_0:
                    client_events_type_0_item = check_convai_client_event(client_events_type_0_item_data)

                    client_events_type_0.append(client_events_type_0_item)

                return client_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiClientEvent] | None | Unset, data)

        client_events = _parse_client_events(d.pop("client_events", UNSET))

        def _parse_file_input(data: object) -> FileInputConfigWorkflowOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_input_type_0 = FileInputConfigWorkflowOverride.from_dict(data)

                return file_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileInputConfigWorkflowOverride | None | Unset, data)

        file_input = _parse_file_input(d.pop("file_input", UNSET))

        def _parse_monitoring_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        monitoring_enabled = _parse_monitoring_enabled(d.pop("monitoring_enabled", UNSET))

        def _parse_monitoring_events(data: object) -> list[ConvaiClientEvent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                monitoring_events_type_0 = []
                _monitoring_events_type_0 = data
                for monitoring_events_type_0_item_data in _monitoring_events_type_0:
                    monitoring_events_type_0_item = check_convai_client_event(monitoring_events_type_0_item_data)

                    monitoring_events_type_0.append(monitoring_events_type_0_item)

                return monitoring_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConvaiClientEvent] | None | Unset, data)

        monitoring_events = _parse_monitoring_events(d.pop("monitoring_events", UNSET))

        def _parse_background_sound(data: object) -> BackgroundSoundConfigWorkflowOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_sound_type_0 = BackgroundSoundConfigWorkflowOverride.from_dict(data)

                return background_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSoundConfigWorkflowOverride | None | Unset, data)

        background_sound = _parse_background_sound(d.pop("background_sound", UNSET))

        def _parse_source_attribution(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        source_attribution = _parse_source_attribution(d.pop("source_attribution", UNSET))

        conversation_config_workflow_override_output = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
            client_events=client_events,
            file_input=file_input,
            monitoring_enabled=monitoring_enabled,
            monitoring_events=monitoring_events,
            background_sound=background_sound,
            source_attribution=source_attribution,
        )

        conversation_config_workflow_override_output.additional_properties = d
        return conversation_config_workflow_override_output

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
    global _nested_models_loaded, BackgroundSoundConfigWorkflowOverride, FileInputConfigWorkflowOverride
    from ..models.background_sound_config_workflow_override import BackgroundSoundConfigWorkflowOverride  # noqa: F401
    from ..models.file_input_config_workflow_override import FileInputConfigWorkflowOverride  # noqa: F401

    _nested_models_loaded = True
