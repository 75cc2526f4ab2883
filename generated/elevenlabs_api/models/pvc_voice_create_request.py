from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pvc_voice_create_request_labels_type_0 import PvcVoiceCreateRequestLabelsType0


T = TypeVar("T", bound="PvcVoiceCreateRequest")


@_attrs_define
class PvcVoiceCreateRequest:
    """Metadata of a new professional voice clone.

    Attributes:
        name (str): Display name of the voice. Example: Studio narrator.
        language (str): Language spoken in the samples, e.g. `en`. Example: en.
        description (None | str | Unset):
        labels (None | PvcVoiceCreateRequestLabelsType0 | Unset): Free-form string labels.
    """

    name: str
    language: str
    description: None | str | Unset = UNSET
    labels: None | PvcVoiceCreateRequestLabelsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        language = self.language

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, PvcVoiceCreateRequestLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_labels(data: object) -> None | PvcVoiceCreateRequestLabelsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = PvcVoiceCreateRequestLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PvcVoiceCreateRequestLabelsType0 | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        pvc_voice_create_request = cls(
            name=name,
            language=language,
            description=description,
            labels=labels,
        )

        pvc_voice_create_request.additional_properties = d
        return pvc_voice_create_request

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
    global _nested_models_loaded, PvcVoiceCreateRequestLabelsType0
    from ..models.pvc_voice_create_request_labels_type_0 import PvcVoiceCreateRequestLabelsType0  # noqa: F401

    _nested_models_loaded = True
