from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationVoiceRewardModel")


@_attrs_define
class ConversationVoiceRewardModel:
    """
    Attributes:
        voice_id (str):
        reward_usd_cents (float):
    """

    voice_id: str
    reward_usd_cents: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        reward_usd_cents = self.reward_usd_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "reward_usd_cents": reward_usd_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id")

        reward_usd_cents = d.pop("reward_usd_cents")

        conversation_voice_reward_model = cls(
            voice_id=voice_id,
            reward_usd_cents=reward_usd_cents,
        )

        conversation_voice_reward_model.additional_properties = d
        return conversation_voice_reward_model

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
