from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.studio_podcast_bulletin_voice import StudioPodcastBulletinVoice


T = TypeVar("T", bound="StudioPodcastBulletinMode")


@_attrs_define
class StudioPodcastBulletinMode:
    """One host reading a bulletin.

    Attributes:
        type_ (Literal['bulletin']):
        bulletin (StudioPodcastBulletinVoice):
    """

    type_: Literal["bulletin"]
    bulletin: StudioPodcastBulletinVoice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        bulletin = self.bulletin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "bulletin": bulletin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["bulletin"], d.pop("type"))
        if type_ != "bulletin":
            raise ValueError(f"type must match const 'bulletin', got '{type_}'")

        bulletin = StudioPodcastBulletinVoice.from_dict(d.pop("bulletin"))

        studio_podcast_bulletin_mode = cls(
            type_=type_,
            bulletin=bulletin,
        )

        studio_podcast_bulletin_mode.additional_properties = d
        return studio_podcast_bulletin_mode

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
    global _nested_models_loaded, StudioPodcastBulletinVoice
    from ..models.studio_podcast_bulletin_voice import StudioPodcastBulletinVoice  # noqa: F401

    _nested_models_loaded = True
