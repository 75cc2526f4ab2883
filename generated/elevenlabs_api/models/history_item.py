from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_item_source_type_0 import HistoryItemSourceType0, check_history_item_source_type_0
from ..models.history_item_state import HistoryItemState, check_history_item_state
from ..models.history_item_voice_category_type_0 import (
    HistoryItemVoiceCategoryType0,
    check_history_item_voice_category_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_alignments import HistoryAlignments
    from ..models.history_dialogue_line import HistoryDialogueLine
    from ..models.history_item_settings_type_0 import HistoryItemSettingsType0


T = TypeVar("T", bound="HistoryItem")


@_attrs_define
class HistoryItem:
    """One past generation and the inputs that produced it.

    Attributes:
        history_item_id (str):
        date_unix (int): Creation time in Unix seconds.
        character_count_change_from (int): Account character counter before this generation.
        character_count_change_to (int): Account character counter after this generation.
        content_type (str): MIME type of the stored audio.
        state (HistoryItemState):
        request_id (None | str | Unset):
        voice_id (None | str | Unset):
        model_id (None | str | Unset):
        voice_name (None | str | Unset):
        voice_category (HistoryItemVoiceCategoryType0 | None | Unset):
        text (None | str | Unset): Input text; empty for dialogue items (see `dialogue`).
        settings (HistoryItemSettingsType0 | None | Unset): Voice settings used, as sent.
        share_link_id (None | str | Unset):
        source (HistoryItemSourceType0 | None | Unset): Product that made the item.
        alignments (HistoryAlignments | None | Unset):
        dialogue (list[HistoryDialogueLine] | None | Unset): Voice and text pairs of a dialogue generation.
        output_format (None | str | Unset):
    """

    history_item_id: str
    date_unix: int
    character_count_change_from: int
    character_count_change_to: int
    content_type: str
    state: HistoryItemState
    request_id: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    voice_name: None | str | Unset = UNSET
    voice_category: HistoryItemVoiceCategoryType0 | None | Unset = UNSET
    text: None | str | Unset = UNSET
    settings: HistoryItemSettingsType0 | None | Unset = UNSET
    share_link_id: None | str | Unset = UNSET
    source: HistoryItemSourceType0 | None | Unset = UNSET
    alignments: HistoryAlignments | None | Unset = UNSET
    dialogue: list[HistoryDialogueLine] | None | Unset = UNSET
    output_format: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        history_item_id = self.history_item_id

        date_unix = self.date_unix

        character_count_change_from = self.character_count_change_from

        character_count_change_to = self.character_count_change_to

        content_type = self.content_type

        state: str = self.state

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        voice_name: None | str | Unset
        if isinstance(self.voice_name, Unset):
            voice_name = UNSET
        else:
            voice_name = self.voice_name

        voice_category: None | str | Unset
        if isinstance(self.voice_category, Unset):
            voice_category = UNSET
        elif isinstance(self.voice_category, str):
            voice_category = self.voice_category
        else:
            voice_category = self.voice_category

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, HistoryItemSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        share_link_id: None | str | Unset
        if isinstance(self.share_link_id, Unset):
            share_link_id = UNSET
        else:
            share_link_id = self.share_link_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        alignments: dict[str, Any] | None | Unset
        if isinstance(self.alignments, Unset):
            alignments = UNSET
        elif isinstance(self.alignments, HistoryAlignments):
            alignments = self.alignments.to_dict()
        else:
            alignments = self.alignments

        dialogue: list[dict[str, Any]] | None | Unset
        if isinstance(self.dialogue, Unset):
            dialogue = UNSET
        elif isinstance(self.dialogue, list):
            dialogue = []
            for dialogue_type_0_item_data in self.dialogue:
                dialogue_type_0_item = dialogue_type_0_item_data.to_dict()
                dialogue.append(dialogue_type_0_item)

        else:
            dialogue = self.dialogue

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_item_id": history_item_id,
                "date_unix": date_unix,
                "character_count_change_from": character_count_change_from,
                "character_count_change_to": character_count_change_to,
                "content_type": content_type,
                "state": state,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if voice_category is not UNSET:
            field_dict["voice_category"] = voice_category
        if text is not UNSET:
            field_dict["text"] = text
        if settings is not UNSET:
            field_dict["settings"] = settings
        if share_link_id is not UNSET:
            field_dict["share_link_id"] = share_link_id
        if source is not UNSET:
            field_dict["source"] = source
        if alignments is not UNSET:
            field_dict["alignments"] = alignments
        if dialogue is not UNSET:
            field_dict["dialogue"] = dialogue
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        history_item_id = d.pop("history_item_id")

        date_unix = d.pop("date_unix")

        character_count_change_from = d.pop("character_count_change_from")

        character_count_change_to = d.pop("character_count_change_to")

        content_type = d.pop("content_type")

        state = check_history_item_state(d.pop("state"))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_voice_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_name = _parse_voice_name(d.pop("voice_name", UNSET))

        def _parse_voice_category(data: object) -> HistoryItemVoiceCategoryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_category_type_0 = check_history_item_voice_category_type_0(data)

                return voice_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryItemVoiceCategoryType0 | None | Unset, data)

        voice_category = _parse_voice_category(d.pop("voice_category", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_settings(data: object) -> HistoryItemSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = HistoryItemSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryItemSettingsType0 | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_share_link_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share_link_id = _parse_share_link_id(d.pop("share_link_id", UNSET))

        def _parse_source(data: object) -> HistoryItemSourceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_history_item_source_type_0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryItemSourceType0 | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_alignments(data: object) -> HistoryAlignments | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alignments_type_0 = HistoryAlignments.from_dict(data)

                return alignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HistoryAlignments | None | Unset, data)

        alignments = _parse_alignments(d.pop("alignments", UNSET))

        def _parse_dialogue(data: object) -> list[HistoryDialogueLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dialogue_type_0 = []
                _dialogue_type_0 = data
                for dialogue_type_0_item_data in _dialogue_type_0:
                    dialogue_type_0_item = HistoryDialogueLine.from_dict(dialogue_type_0_item_data)

                    dialogue_type_0.append(dialogue_type_0_item)

                return dialogue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HistoryDialogueLine] | None | Unset, data)

        dialogue = _parse_dialogue(d.pop("dialogue", UNSET))

        def _parse_output_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        history_item = cls(
            history_item_id=history_item_id,
            date_unix=date_unix,
            character_count_change_from=character_count_change_from,
            character_count_change_to=character_count_change_to,
            content_type=content_type,
            state=state,
            request_id=request_id,
            voice_id=voice_id,
            model_id=model_id,
            voice_name=voice_name,
            voice_category=voice_category,
            text=text,
            settings=settings,
            share_link_id=share_link_id,
            source=source,
            alignments=alignments,
            dialogue=dialogue,
            output_format=output_format,
        )

        history_item.additional_properties = d
        return history_item

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
    global _nested_models_loaded, HistoryAlignments, HistoryDialogueLine, HistoryItemSettingsType0
    from ..models.history_alignments import HistoryAlignments  # noqa: F401
    from ..models.history_dialogue_line import HistoryDialogueLine  # noqa: F401
    from ..models.history_item_settings_type_0 import HistoryItemSettingsType0  # noqa: F401

    _nested_models_loaded = True
