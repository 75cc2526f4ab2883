from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_metadata_db_model import AgentMetadataDBModel
    from ..models.base_turn_config import BaseTurnConfig
    from ..models.convai_asr_config import ConvaiAsrConfig
    from ..models.convai_call_limits import ConvaiCallLimits
    from ..models.convai_conversation_settings import ConvaiConversationSettings
    from ..models.convai_privacy_config import ConvaiPrivacyConfig
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo
    from ..models.convai_tts_config_output import ConvaiTtsConfigOutput
    from ..models.speech_engine_config import SpeechEngineConfig
    from ..models.speech_engine_conversation_initiation_client_data_config import (
        SpeechEngineConversationInitiationClientDataConfig,
    )
    from ..models.vad_config import VADConfig


T = TypeVar("T", bound="SpeechEngineResponse")


@_attrs_define
class SpeechEngineResponse:
    """
    Attributes:
        speech_engine_id (str):
        name (str):
        speech_engine (SpeechEngineConfig):
        asr (ConvaiAsrConfig): Speech recognition settings.
        tts (ConvaiTtsConfigOutput): Speech synthesis settings of an agent (response form).
        turn (BaseTurnConfig):
        vad (VADConfig):
        conversation (ConvaiConversationSettings): Conversation-level settings.
        privacy (ConvaiPrivacyConfig): Recording and retention settings.
        call_limits (ConvaiCallLimits):
        language (str):
        tags (list[str]):
        overrides (SpeechEngineConversationInitiationClientDataConfig):
        metadata (AgentMetadataDBModel):
        access_info (ConvaiResourceAccessInfo | None | Unset):
    """

    speech_engine_id: str
    name: str
    speech_engine: SpeechEngineConfig
    asr: ConvaiAsrConfig
    tts: ConvaiTtsConfigOutput
    turn: BaseTurnConfig
    vad: VADConfig
    conversation: ConvaiConversationSettings
    privacy: ConvaiPrivacyConfig
    call_limits: ConvaiCallLimits
    language: str
    tags: list[str]
    overrides: SpeechEngineConversationInitiationClientDataConfig
    metadata: AgentMetadataDBModel
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        speech_engine_id = self.speech_engine_id

        name = self.name

        speech_engine = self.speech_engine.to_dict()

        asr = self.asr.to_dict()

        tts = self.tts.to_dict()

        turn = self.turn.to_dict()

        vad = self.vad.to_dict()

        conversation = self.conversation.to_dict()

        privacy = self.privacy.to_dict()

        call_limits = self.call_limits.to_dict()

        language = self.language

        tags = self.tags

        overrides = self.overrides.to_dict()

        metadata = self.metadata.to_dict()

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speech_engine_id": speech_engine_id,
                "name": name,
                "speech_engine": speech_engine,
                "asr": asr,
                "tts": tts,
                "turn": turn,
                "vad": vad,
                "conversation": conversation,
                "privacy": privacy,
                "call_limits": call_limits,
                "language": language,
                "tags": tags,
                "overrides": overrides,
                "metadata": metadata,
            }
        )
        if access_info is not UNSET:
            field_dict["access_info"] = access_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        speech_engine_id = d.pop("speech_engine_id")

        name = d.pop("name")

        speech_engine = SpeechEngineConfig.from_dict(d.pop("speech_engine"))

        asr = ConvaiAsrConfig.from_dict(d.pop("asr"))

        tts = ConvaiTtsConfigOutput.from_dict(d.pop("tts"))

        turn = BaseTurnConfig.from_dict(d.pop("turn"))

        vad = VADConfig.from_dict(d.pop("vad"))

        conversation = ConvaiConversationSettings.from_dict(d.pop("conversation"))

        privacy = ConvaiPrivacyConfig.from_dict(d.pop("privacy"))

        call_limits = ConvaiCallLimits.from_dict(d.pop("call_limits"))

        language = d.pop("language")

        tags = cast(list[str], d.pop("tags"))

        overrides = SpeechEngineConversationInitiationClientDataConfig.from_dict(d.pop("overrides"))

        metadata = AgentMetadataDBModel.from_dict(d.pop("metadata"))

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        speech_engine_response = cls(
            speech_engine_id=speech_engine_id,
            name=name,
            speech_engine=speech_engine,
            asr=asr,
            tts=tts,
            turn=turn,
            vad=vad,
            conversation=conversation,
            privacy=privacy,
            call_limits=call_limits,
            language=language,
            tags=tags,
            overrides=overrides,
            metadata=metadata,
            access_info=access_info,
        )

        speech_engine_response.additional_properties = d
        return speech_engine_response

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
    global \
        _nested_models_loaded, \
        AgentMetadataDBModel, \
        BaseTurnConfig, \
        ConvaiAsrConfig, \
        ConvaiCallLimits, \
        ConvaiConversationSettings, \
        ConvaiPrivacyConfig, \
        ConvaiResourceAccessInfo, \
        ConvaiTtsConfigOutput, \
        SpeechEngineConfig, \
        SpeechEngineConversationInitiationClientDataConfig, \
        VADConfig
    from ..models.agent_metadata_db_model import AgentMetadataDBModel  # noqa: F401
    from ..models.base_turn_config import BaseTurnConfig  # noqa: F401
    from ..models.convai_asr_config import ConvaiAsrConfig  # noqa: F401
    from ..models.convai_call_limits import ConvaiCallLimits  # noqa: F401
    from ..models.convai_conversation_settings import ConvaiConversationSettings  # noqa: F401
    from ..models.convai_privacy_config import ConvaiPrivacyConfig  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401
    from ..models.convai_tts_config_output import ConvaiTtsConfigOutput  # noqa: F401
    from ..models.speech_engine_config import SpeechEngineConfig  # noqa: F401
    from ..models.speech_engine_conversation_initiation_client_data_config import (
        SpeechEngineConversationInitiationClientDataConfig,  # noqa: F401
    )
    from ..models.vad_config import VADConfig  # noqa: F401

    _nested_models_loaded = True
