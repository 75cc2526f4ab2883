from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.manual_verification_file import ManualVerificationFile


T = TypeVar("T", bound="ManualVerification")


@_attrs_define
class ManualVerification:
    """A request for a person to verify the voice, with supporting files.

    Attributes:
        extra_text (str):
        request_time_unix (int):
        files (list[ManualVerificationFile]):
    """

    extra_text: str
    request_time_unix: int
    files: list[ManualVerificationFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        extra_text = self.extra_text

        request_time_unix = self.request_time_unix

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extra_text": extra_text,
                "request_time_unix": request_time_unix,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        extra_text = d.pop("extra_text")

        request_time_unix = d.pop("request_time_unix")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ManualVerificationFile.from_dict(files_item_data)

            files.append(files_item)

        manual_verification = cls(
            extra_text=extra_text,
            request_time_unix=request_time_unix,
            files=files,
        )

        manual_verification.additional_properties = d
        return manual_verification

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
    global _nested_models_loaded, ManualVerificationFile
    from ..models.manual_verification_file import ManualVerificationFile  # noqa: F401

    _nested_models_loaded = True
