from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_render_status import DubbingRenderStatus, check_dubbing_render_status
from ..models.dubbing_render_type import DubbingRenderType, check_dubbing_render_type

if TYPE_CHECKING:
    from ..models.dubbing_media_reference import DubbingMediaReference


T = TypeVar("T", bound="DubbingRender")


@_attrs_define
class DubbingRender:
    """One render of a language and its progress.

    Attributes:
        id (str):
        version (int):
        language (None | str):
        type_ (DubbingRenderType | None):
        media_ref (DubbingMediaReference | None): The rendered file, once complete.
        status (DubbingRenderStatus):
    """

    id: str
    version: int
    language: None | str
    type_: DubbingRenderType | None
    media_ref: DubbingMediaReference | None
    status: DubbingRenderStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        version = self.version

        language: None | str
        language = self.language

        type_: None | str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        media_ref: dict[str, Any] | None
        if isinstance(self.media_ref, DubbingMediaReference):
            media_ref = self.media_ref.to_dict()
        else:
            media_ref = self.media_ref

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "language": language,
                "type": type_,
                "media_ref": media_ref,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        def _parse_type_(data: object) -> DubbingRenderType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_dubbing_render_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingRenderType | None, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_media_ref(data: object) -> DubbingMediaReference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_ref_type_0 = DubbingMediaReference.from_dict(data)

                return media_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingMediaReference | None, data)

        media_ref = _parse_media_ref(d.pop("media_ref"))

        status = check_dubbing_render_status(d.pop("status"))

        dubbing_render = cls(
            id=id,
            version=version,
            language=language,
            type_=type_,
            media_ref=media_ref,
            status=status,
        )

        dubbing_render.additional_properties = d
        return dubbing_render

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
    global _nested_models_loaded, DubbingMediaReference
    from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: F401

    _nested_models_loaded = True
