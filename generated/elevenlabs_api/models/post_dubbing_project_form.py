from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.post_dubbing_project_form_model_id_type_0 import (
    PostDubbingProjectFormModelIdType0,
    check_post_dubbing_project_form_model_id_type_0,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PostDubbingProjectForm")


@_attrs_define
class PostDubbingProjectForm:
    """
    Attributes:
        file (File | Unset):
        source_url (str | Unset):
        reference (str | Unset):
        source_language (str | Unset):
        model_id (PostDubbingProjectFormModelIdType0 | str | Unset):
        keyterms (list[str] | Unset):
        webhook_ids (list[str] | Unset):
        target_language (str | Unset):
        transcript (File | Unset):
    """

    file: File | Unset = UNSET
    source_url: str | Unset = UNSET
    reference: str | Unset = UNSET
    source_language: str | Unset = UNSET
    model_id: PostDubbingProjectFormModelIdType0 | str | Unset = UNSET
    keyterms: list[str] | Unset = UNSET
    webhook_ids: list[str] | Unset = UNSET
    target_language: str | Unset = UNSET
    transcript: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        source_url = self.source_url

        reference = self.reference

        source_language = self.source_language

        model_id: str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        elif isinstance(self.model_id, str):
            model_id = self.model_id
        else:
            model_id = self.model_id

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        webhook_ids: list[str] | Unset = UNSET
        if not isinstance(self.webhook_ids, Unset):
            webhook_ids = self.webhook_ids

        target_language = self.target_language

        transcript: FileTypes | Unset = UNSET
        if not isinstance(self.transcript, Unset):
            transcript = self.transcript.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if reference is not UNSET:
            field_dict["reference"] = reference
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids
        if target_language is not UNSET:
            field_dict["target_language"] = target_language
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset) and self.file is not None:
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.source_url, Unset) and self.source_url is not None:
            files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.reference, Unset) and self.reference is not None:
            files.append(("reference", (None, str(self.reference).encode(), "text/plain")))

        if not isinstance(self.source_language, Unset) and self.source_language is not None:
            files.append(("source_language", (None, str(self.source_language).encode(), "text/plain")))

        if not isinstance(self.model_id, Unset) and self.model_id is not None:
            if isinstance(self.model_id, str):
                files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))
            else:
                files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.keyterms, Unset) and self.keyterms is not None:
            for keyterms_item_element in self.keyterms:
                files.append(("keyterms", (None, str(keyterms_item_element).encode(), "text/plain")))

        if not isinstance(self.webhook_ids, Unset) and self.webhook_ids is not None:
            for webhook_ids_item_element in self.webhook_ids:
                files.append(("webhook_ids", (None, str(webhook_ids_item_element).encode(), "text/plain")))

        if not isinstance(self.target_language, Unset) and self.target_language is not None:
            files.append(("target_language", (None, str(self.target_language).encode(), "text/plain")))

        if not isinstance(self.transcript, Unset) and self.transcript is not None:
            files.append(("transcript", self.transcript.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        source_url = d.pop("source_url", UNSET)

        reference = d.pop("reference", UNSET)

        source_language = d.pop("source_language", UNSET)

        def _parse_model_id(data: object) -> PostDubbingProjectFormModelIdType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_id_type_0 = check_post_dubbing_project_form_model_id_type_0(data)

                return model_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PostDubbingProjectFormModelIdType0 | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        keyterms = cast(list[str], d.pop("keyterms", UNSET))

        webhook_ids = cast(list[str], d.pop("webhook_ids", UNSET))

        target_language = d.pop("target_language", UNSET)

        _transcript = d.pop("transcript", UNSET)
        transcript: File | Unset
        if isinstance(_transcript, Unset):
            transcript = UNSET
        else:
            transcript = File(payload=BytesIO(_transcript))

        post_dubbing_project_form = cls(
            file=file,
            source_url=source_url,
            reference=reference,
            source_language=source_language,
            model_id=model_id,
            keyterms=keyterms,
            webhook_ids=webhook_ids,
            target_language=target_language,
            transcript=transcript,
        )

        post_dubbing_project_form.additional_properties = d
        return post_dubbing_project_form

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
