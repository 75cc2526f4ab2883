from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_convai_config_override import WsConvaiConfigOverride
    from ..models.ws_convai_initiation_client_data_custom_llm_extra_body import (
        WsConvaiInitiationClientDataCustomLlmExtraBody,
    )
    from ..models.ws_convai_initiation_client_data_dynamic_variables import WsConvaiInitiationClientDataDynamicVariables
    from ..models.ws_convai_source_info import WsConvaiSourceInfo


T = TypeVar("T", bound="WsConvaiInitiationClientData")


@_attrs_define
class WsConvaiInitiationClientData:
    """The client's first message, with optional overrides and variables for this conversation.

    Attributes:
        type_ (Literal['conversation_initiation_client_data']):
        conversation_config_override (WsConvaiConfigOverride | Unset): Parts of the agent's configuration to replace for
            this conversation (as far as the agent allows overrides).
        custom_llm_extra_body (WsConvaiInitiationClientDataCustomLlmExtraBody | Unset): Extra fields passed to a custom
            LLM's request body (e.g. `temperature`, `max_tokens`).
        dynamic_variables (WsConvaiInitiationClientDataDynamicVariables | Unset): Values for the `{{name}}` placeholders
            of the agent's prompt and first message (strings, numbers or booleans).
        user_id (str | Unset): The caller's own id for the user, kept with the conversation.
        source_info (WsConvaiSourceInfo | Unset): Which client library opened the conversation.
    """

    type_: Literal["conversation_initiation_client_data"]
    conversation_config_override: WsConvaiConfigOverride | Unset = UNSET
    custom_llm_extra_body: WsConvaiInitiationClientDataCustomLlmExtraBody | Unset = UNSET
    dynamic_variables: WsConvaiInitiationClientDataDynamicVariables | Unset = UNSET
    user_id: str | Unset = UNSET
    source_info: WsConvaiSourceInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        conversation_config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_config_override, Unset):
            conversation_config_override = self.conversation_config_override.to_dict()

        custom_llm_extra_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_llm_extra_body, Unset):
            custom_llm_extra_body = self.custom_llm_extra_body.to_dict()

        dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_variables, Unset):
            dynamic_variables = self.dynamic_variables.to_dict()

        user_id = self.user_id

        source_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_info, Unset):
            source_info = self.source_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if conversation_config_override is not UNSET:
            field_dict["conversation_config_override"] = conversation_config_override
        if custom_llm_extra_body is not UNSET:
            field_dict["custom_llm_extra_body"] = custom_llm_extra_body
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if source_info is not UNSET:
            field_dict["source_info"] = source_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["conversation_initiation_client_data"], d.pop("type"))
        if type_ != "conversation_initiation_client_data":
            raise ValueError(f"type must match const 'conversation_initiation_client_data', got '{type_}'")

        _conversation_config_override = d.pop("conversation_config_override", UNSET)
        conversation_config_override: WsConvaiConfigOverride | Unset
        if isinstance(_conversation_config_override, Unset):
            conversation_config_override = UNSET
        else:
            conversation_config_override = WsConvaiConfigOverride.from_dict(_conversation_config_override)

        _custom_llm_extra_body = d.pop("custom_llm_extra_body", UNSET)
        custom_llm_extra_body: WsConvaiInitiationClientDataCustomLlmExtraBody | Unset
        if isinstance(_custom_llm_extra_body, Unset):
            custom_llm_extra_body = UNSET
        else:
            custom_llm_extra_body = WsConvaiInitiationClientDataCustomLlmExtraBody.from_dict(_custom_llm_extra_body)

        _dynamic_variables = d.pop("dynamic_variables", UNSET)
        dynamic_variables: WsConvaiInitiationClientDataDynamicVariables | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = WsConvaiInitiationClientDataDynamicVariables.from_dict(_dynamic_variables)

        user_id = d.pop("user_id", UNSET)

        _source_info = d.pop("source_info", UNSET)
        source_info: WsConvaiSourceInfo | Unset
        if isinstance(_source_info, Unset):
            source_info = UNSET
        else:
            source_info = WsConvaiSourceInfo.from_dict(_source_info)

        ws_convai_initiation_client_data = cls(
            type_=type_,
            conversation_config_override=conversation_config_override,
            custom_llm_extra_body=custom_llm_extra_body,
            dynamic_variables=dynamic_variables,
            user_id=user_id,
            source_info=source_info,
        )

        return ws_convai_initiation_client_data


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        WsConvaiConfigOverride, \
        WsConvaiInitiationClientDataCustomLlmExtraBody, \
        WsConvaiInitiationClientDataDynamicVariables, \
        WsConvaiSourceInfo
    from ..models.ws_convai_config_override import WsConvaiConfigOverride  # noqa: F401
    from ..models.ws_convai_initiation_client_data_custom_llm_extra_body import (
        WsConvaiInitiationClientDataCustomLlmExtraBody,  # noqa: F401
    )
    from ..models.ws_convai_initiation_client_data_dynamic_variables import WsConvaiInitiationClientDataDynamicVariables  # noqa: F401
    from ..models.ws_convai_source_info import WsConvaiSourceInfo  # noqa: F401

    _nested_models_loaded = True
