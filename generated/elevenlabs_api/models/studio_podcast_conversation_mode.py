from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.studio_podcast_conversation_voices import StudioPodcastConversationVoices


T = TypeVar("T", bound="StudioPodcastConversationMode")


@_attrs_define
class StudioPodcastConversationMode:
    """A host and a guest talking.

    Attributes:
        type_ (Literal['conversation']):
        conversation (StudioPodcastConversationVoices):
    """

    type_: Literal["conversation"]
    conversation: StudioPodcastConversationVoices
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "conversation": conversation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["conversation"], d.pop("type"))
        if type_ != "conversation":
            raise ValueError(f"type must match const 'conversation', got '{type_}'")

        conversation = StudioPodcastConversationVoices.from_dict(d.pop("conversation"))

        studio_podcast_conversation_mode = cls(
            type_=type_,
            conversation=conversation,
        )

        studio_podcast_conversation_mode.additional_properties = d
        return studio_podcast_conversation_mode

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
    global _nested_models_loaded, StudioPodcastConversationVoices
    from ..models.studio_podcast_conversation_voices import StudioPodcastConversationVoices  # noqa: F401

    _nested_models_loaded = True
