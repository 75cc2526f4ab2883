from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsConvaiConversationQuery")


@_attrs_define
class WsConvaiConversationQuery:
    """Query parameters of the agent conversation socket.

    Attributes:
        agent_id (str): The agent to talk to.
        conversation_signature (str | Unset): Part of a signed URL (private agents); taken from `get-signed-url` as it
            is.
        source (str | Unset): What kind of client connects (e.g. `python_sdk`), for the service's statistics.
        version (str | Unset): The client's version, for the service's statistics.
        environment (str | Unset): Which of the agent's environments to talk to; `production` when left out.
    """

    agent_id: str
    conversation_signature: str | Unset = UNSET
    source: str | Unset = UNSET
    version: str | Unset = UNSET
    environment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        conversation_signature = self.conversation_signature

        source = self.source

        version = self.version

        environment = self.environment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agent_id": agent_id,
            }
        )
        if conversation_signature is not UNSET:
            field_dict["conversation_signature"] = conversation_signature
        if source is not UNSET:
            field_dict["source"] = source
        if version is not UNSET:
            field_dict["version"] = version
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        conversation_signature = d.pop("conversation_signature", UNSET)

        source = d.pop("source", UNSET)

        version = d.pop("version", UNSET)

        environment = d.pop("environment", UNSET)

        ws_convai_conversation_query = cls(
            agent_id=agent_id,
            conversation_signature=conversation_signature,
            source=source,
            version=version,
            environment=environment,
        )

        return ws_convai_conversation_query
