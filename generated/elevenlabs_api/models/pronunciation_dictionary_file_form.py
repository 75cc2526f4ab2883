from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.dictionary_permission import DictionaryPermission, check_dictionary_permission
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PronunciationDictionaryFileForm")


@_attrs_define
class PronunciationDictionaryFileForm:
    """Multipart upload creating a dictionary from a PLS lexicon.

    Attributes:
        name (str): Label for the dictionary.
        file (File | Unset): The `.pls` lexicon file.
        description (str | Unset): Free text describing the dictionary.
        workspace_access (DictionaryPermission | Unset): Access level on a pronunciation dictionary.
    """

    name: str
    file: File | Unset = UNSET
    description: str | Unset = UNSET
    workspace_access: DictionaryPermission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        description = self.description

        workspace_access: str | Unset = UNSET
        if not isinstance(self.workspace_access, Unset):
            workspace_access = self.workspace_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_access is not UNSET:
            field_dict["workspace_access"] = workspace_access

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.name, Unset) and self.name is not None:
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.description, Unset) and self.description is not None:
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.workspace_access, Unset) and self.workspace_access is not None:
            files.append(("workspace_access", (None, str(self.workspace_access).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        description = d.pop("description", UNSET)

        _workspace_access = d.pop("workspace_access", UNSET)
        workspace_access: DictionaryPermission | Unset
        if isinstance(_workspace_access, Unset):
            workspace_access = UNSET
        else:
            workspace_access = check_dictionary_permission(_workspace_access)

        pronunciation_dictionary_file_form = cls(
            name=name,
            file=file,
            description=description,
            workspace_access=workspace_access,
        )

        pronunciation_dictionary_file_form.additional_properties = d
        return pronunciation_dictionary_file_form

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
