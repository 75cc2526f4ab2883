from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsConvaiInitiationMetadataEvent")


@_attrs_define
class WsConvaiInitiationMetadataEvent:
    """
    Attributes:
        conversation_id (str): Names the conversation (e.g. for `GET /v1/convai/conversations/{conversation_id}`).
        agent_output_audio_format (str | Unset): Encoding of the agent's audio chunks, e.g. `pcm_16000`.
        user_input_audio_format (str | Unset): Encoding the service expects the user's audio in, e.g. `pcm_16000`.
    """

    conversation_id: str
    agent_output_audio_format: str | Unset = UNSET
    user_input_audio_format: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        agent_output_audio_format = self.agent_output_audio_format

        user_input_audio_format = self.user_input_audio_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
            }
        )
        if agent_output_audio_format is not UNSET:
            field_dict["agent_output_audio_format"] = agent_output_audio_format
        if user_input_audio_format is not UNSET:
            field_dict["user_input_audio_format"] = user_input_audio_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        agent_output_audio_format = d.pop("agent_output_audio_format", UNSET)

        user_input_audio_format = d.pop("user_input_audio_format", UNSET)

        ws_convai_initiation_metadata_event = cls(
            conversation_id=conversation_id,
            agent_output_audio_format=agent_output_audio_format,
            user_input_audio_format=user_input_audio_format,
        )

        ws_convai_initiation_metadata_event.additional_properties = d
        return ws_convai_initiation_metadata_event

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
