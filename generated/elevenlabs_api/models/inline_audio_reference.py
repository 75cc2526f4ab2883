from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.inline_audio_reference_mime_type import (
    InlineAudioReferenceMimeType,
    check_inline_audio_reference_mime_type,
)

T = TypeVar("T", bound="InlineAudioReference")


@_attrs_define
class InlineAudioReference:
    """
    Attributes:
        type_ (Literal['inline_base64']):
        content_base64 (str):
        mime_type (InlineAudioReferenceMimeType):
    """

    type_: Literal["inline_base64"]
    content_base64: str
    mime_type: InlineAudioReferenceMimeType

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        content_base64 = self.content_base64

        mime_type: str = self.mime_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "content_base64": content_base64,
                "mime_type": mime_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["inline_base64"], d.pop("type"))
        if type_ != "inline_base64":
            raise ValueError(f"type must match const 'inline_base64', got '{type_}'")

        content_base64 = d.pop("content_base64")

        mime_type = check_inline_audio_reference_mime_type(d.pop("mime_type"))

        inline_audio_reference = cls(
            type_=type_,
            content_base64=content_base64,
            mime_type=mime_type,
        )

        return inline_audio_reference
