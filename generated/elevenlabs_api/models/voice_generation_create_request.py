from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_generation_create_request_labels_type_0 import VoiceGenerationCreateRequestLabelsType0


T = TypeVar("T", bound="VoiceGenerationCreateRequest")


@_attrs_define
class VoiceGenerationCreateRequest:
    """Which generated voice to keep and what to call it.

    Attributes:
        voice_name (str):
        voice_description (str):
        generated_voice_id (str): The id from the `generated_voice_id` header of the generate call.
        played_not_selected_voice_ids (list[str] | None | Unset): Generated voices heard but not kept.
        labels (None | Unset | VoiceGenerationCreateRequestLabelsType0): Free-form string labels stored with the voice.
    """

    voice_name: str
    voice_description: str
    generated_voice_id: str
    played_not_selected_voice_ids: list[str] | None | Unset = UNSET
    labels: None | Unset | VoiceGenerationCreateRequestLabelsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        voice_name = self.voice_name

        voice_description = self.voice_description

        generated_voice_id = self.generated_voice_id

        played_not_selected_voice_ids: list[str] | None | Unset
        if isinstance(self.played_not_selected_voice_ids, Unset):
            played_not_selected_voice_ids = UNSET
        elif isinstance(self.played_not_selected_voice_ids, list):
            played_not_selected_voice_ids = self.played_not_selected_voice_ids

        else:
            played_not_selected_voice_ids = self.played_not_selected_voice_ids

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, VoiceGenerationCreateRequestLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_name": voice_name,
                "voice_description": voice_description,
                "generated_voice_id": generated_voice_id,
            }
        )
        if played_not_selected_voice_ids is not UNSET:
            field_dict["played_not_selected_voice_ids"] = played_not_selected_voice_ids
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        voice_name = d.pop("voice_name")

        voice_description = d.pop("voice_description")

        generated_voice_id = d.pop("generated_voice_id")

        def _parse_played_not_selected_voice_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                played_not_selected_voice_ids_type_0 = cast(list[str], data)

                return played_not_selected_voice_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        played_not_selected_voice_ids = _parse_played_not_selected_voice_ids(
            d.pop("played_not_selected_voice_ids", UNSET)
        )

        def _parse_labels(data: object) -> None | Unset | VoiceGenerationCreateRequestLabelsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = VoiceGenerationCreateRequestLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceGenerationCreateRequestLabelsType0, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        voice_generation_create_request = cls(
            voice_name=voice_name,
            voice_description=voice_description,
            generated_voice_id=generated_voice_id,
            played_not_selected_voice_ids=played_not_selected_voice_ids,
            labels=labels,
        )

        voice_generation_create_request.additional_properties = d
        return voice_generation_create_request

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
    global _nested_models_loaded, VoiceGenerationCreateRequestLabelsType0
    from ..models.voice_generation_create_request_labels_type_0 import VoiceGenerationCreateRequestLabelsType0  # noqa: F401

    _nested_models_loaded = True
