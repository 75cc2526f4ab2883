from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ..models.edit_voice_form_labels_type_0 import EditVoiceFormLabelsType0


T = TypeVar("T", bound="EditVoiceForm")


@_attrs_define
class EditVoiceForm:
    """New name, description or labels for a voice, plus optional extra recordings.

    Attributes:
        name (str):
        files (list[File] | Unset): Extra recordings to add as samples.
        remove_background_noise (bool | Unset): Clean the new recordings with audio isolation first. Default: False.
        description (str | Unset):
        labels (EditVoiceFormLabelsType0 | str | Unset): Labels as a JSON-encoded object of strings.
        moderate_metadata (bool | Unset):  Default: False.
    """

    name: str
    files: list[File] | Unset = UNSET
    remove_background_noise: bool | Unset = False
    description: str | Unset = UNSET
    labels: EditVoiceFormLabelsType0 | str | Unset = UNSET
    moderate_metadata: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        remove_background_noise = self.remove_background_noise

        description = self.description

        labels: dict[str, Any] | str | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, EditVoiceFormLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        moderate_metadata = self.moderate_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if moderate_metadata is not UNSET:
            field_dict["moderate_metadata"] = moderate_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        if not _nested_models_loaded:
            _load_nested_models()
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset) and self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.files, Unset) and self.files is not None:
            for files_item_element in self.files:
                files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.remove_background_noise, Unset) and self.remove_background_noise is not None:
            files.append(
                ("remove_background_noise", (None, b"true" if self.remove_background_noise else b"false", "text/plain"))
            )

        if not isinstance(self.description, Unset) and self.description is not None:
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.labels, Unset) and self.labels is not None:
            if isinstance(self.labels, EditVoiceFormLabelsType0):
                files.append(("labels", (None, json.dumps(self.labels.to_dict()).encode(), "application/json")))
            else:
                files.append(("labels", (None, str(self.labels).encode(), "text/plain")))

        if not isinstance(self.moderate_metadata, Unset) and self.moderate_metadata is not None:
            files.append(("moderate_metadata", (None, b"true" if self.moderate_metadata else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        _files = d.pop("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = File(payload=BytesIO(files_item_data))

                files.append(files_item)

        remove_background_noise = d.pop("remove_background_noise", UNSET)

        description = d.pop("description", UNSET)

        def _parse_labels(data: object) -> EditVoiceFormLabelsType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = EditVoiceFormLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EditVoiceFormLabelsType0 | str | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        moderate_metadata = d.pop("moderate_metadata", UNSET)

        edit_voice_form = cls(
            name=name,
            files=files,
            remove_background_noise=remove_background_noise,
            description=description,
            labels=labels,
            moderate_metadata=moderate_metadata,
        )

        edit_voice_form.additional_properties = d
        return edit_voice_form

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
    global _nested_models_loaded, EditVoiceFormLabelsType0
    from ..models.edit_voice_form_labels_type_0 import EditVoiceFormLabelsType0  # noqa: F401

    _nested_models_loaded = True
