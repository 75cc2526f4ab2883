from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate
    from ..models.convai_end_call_result import ConvaiEndCallResult
    from ..models.convai_language_detection_result import ConvaiLanguageDetectionResult
    from ..models.convai_play_dtmf_error import ConvaiPlayDtmfError
    from ..models.convai_play_dtmf_success import ConvaiPlayDtmfSuccess
    from ..models.convai_skip_turn_result import ConvaiSkipTurnResult
    from ..models.convai_test_tool_result import ConvaiTestToolResult
    from ..models.convai_transfer_to_agent_error import ConvaiTransferToAgentError
    from ..models.convai_transfer_to_agent_success import ConvaiTransferToAgentSuccess
    from ..models.convai_transfer_to_number_error import ConvaiTransferToNumberError
    from ..models.convai_transfer_to_number_sip_success import ConvaiTransferToNumberSipSuccess
    from ..models.convai_transfer_to_number_twilio_success import ConvaiTransferToNumberTwilioSuccess
    from ..models.convai_voicemail_detection_success import ConvaiVoicemailDetectionSuccess
    from ..models.dummy_tool_result_model import DummyToolResultModel
    from ..models.knowledge_base_rag_tool_result_model import KnowledgeBaseRagToolResultModel
    from ..models.knowledge_base_tool_result_model import KnowledgeBaseToolResultModel
    from ..models.transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel


T = TypeVar("T", bound="ConvaiToolResultSystem")


@_attrs_define
class ConvaiToolResultSystem:
    """Result of a system tool.

    Attributes:
        request_id (str):
        tool_name (str):
        result_value (str):
        is_error (bool):
        tool_has_been_called (bool):
        type_ (Literal['system']):
        is_blocked (bool | Unset):  Default: False.
        tool_latency_secs (float | Unset):  Default: 0.0.
        error_type (str | Unset):  Default: ''.
        raw_error_message (str | Unset):  Default: ''.
        dynamic_variable_updates (list[ConvaiDynamicVariableUpdate] | Unset):
        result (ConvaiEndCallResult | ConvaiLanguageDetectionResult | ConvaiPlayDtmfError | ConvaiPlayDtmfSuccess |
            ConvaiSkipTurnResult | ConvaiTestToolResult | ConvaiTransferToAgentError | ConvaiTransferToAgentSuccess |
            ConvaiTransferToNumberError | ConvaiTransferToNumberSipSuccess | ConvaiTransferToNumberTwilioSuccess |
            ConvaiVoicemailDetectionSuccess | DummyToolResultModel | KnowledgeBaseRagToolResultModel |
            KnowledgeBaseToolResultModel | None | TransferToNumberResultExotelSuccessModel | Unset):
    """

    request_id: str
    tool_name: str
    result_value: str
    is_error: bool
    tool_has_been_called: bool
    type_: Literal["system"]
    is_blocked: bool | Unset = False
    tool_latency_secs: float | Unset = 0.0
    error_type: str | Unset = ""
    raw_error_message: str | Unset = ""
    dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
    result: (
        ConvaiEndCallResult
        | ConvaiLanguageDetectionResult
        | ConvaiPlayDtmfError
        | ConvaiPlayDtmfSuccess
        | ConvaiSkipTurnResult
        | ConvaiTestToolResult
        | ConvaiTransferToAgentError
        | ConvaiTransferToAgentSuccess
        | ConvaiTransferToNumberError
        | ConvaiTransferToNumberSipSuccess
        | ConvaiTransferToNumberTwilioSuccess
        | ConvaiVoicemailDetectionSuccess
        | DummyToolResultModel
        | KnowledgeBaseRagToolResultModel
        | KnowledgeBaseToolResultModel
        | None
        | TransferToNumberResultExotelSuccessModel
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        type_ = self.type_

        is_blocked = self.is_blocked

        tool_latency_secs = self.tool_latency_secs

        error_type = self.error_type

        raw_error_message = self.raw_error_message

        dynamic_variable_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_variable_updates, Unset):
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
                dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
                dynamic_variable_updates.append(dynamic_variable_updates_item)

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ConvaiEndCallResult):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiLanguageDetectionResult):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiTransferToAgentSuccess):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiTransferToAgentError):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiTransferToNumberTwilioSuccess):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiTransferToNumberSipSuccess):
            result = self.result.to_dict()
        elif isinstance(self.result, TransferToNumberResultExotelSuccessModel):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiTransferToNumberError):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiSkipTurnResult):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiPlayDtmfSuccess):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiPlayDtmfError):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiVoicemailDetectionSuccess):
            result = self.result.to_dict()
        elif isinstance(self.result, ConvaiTestToolResult):
            result = self.result.to_dict()
        elif isinstance(self.result, KnowledgeBaseRagToolResultModel):
            result = self.result.to_dict()
        elif isinstance(self.result, KnowledgeBaseToolResultModel):
            result = self.result.to_dict()
        elif isinstance(self.result, DummyToolResultModel):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "tool_name": tool_name,
                "result_value": result_value,
                "is_error": is_error,
                "tool_has_been_called": tool_has_been_called,
                "type": type_,
            }
        )
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if tool_latency_secs is not UNSET:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if raw_error_message is not UNSET:
            field_dict["raw_error_message"] = raw_error_message
        if dynamic_variable_updates is not UNSET:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        request_id = d.pop("request_id")

        tool_name = d.pop("tool_name")

        result_value = d.pop("result_value")

        is_error = d.pop("is_error")

        tool_has_been_called = d.pop("tool_has_been_called")

        type_ = cast(Literal["system"], d.pop("type"))
        if type_ != "system":
            raise ValueError(f"type must match const 'system', got '{type_}'")

        is_blocked = d.pop("is_blocked", UNSET)

        tool_latency_secs = d.pop("tool_latency_secs", UNSET)

        error_type = d.pop("error_type", UNSET)

        raw_error_message = d.pop("raw_error_message", UNSET)

        _dynamic_variable_updates = d.pop("dynamic_variable_updates", UNSET)
        dynamic_variable_updates: list[ConvaiDynamicVariableUpdate] | Unset = UNSET
        if _dynamic_variable_updates is not UNSET:
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                dynamic_variable_updates_item = ConvaiDynamicVariableUpdate.from_dict(
                    dynamic_variable_updates_item_data
                )

                dynamic_variable_updates.append(dynamic_variable_updates_item)

        def _parse_result(
            data: object,
        ) -> (
            ConvaiEndCallResult
            | ConvaiLanguageDetectionResult
            | ConvaiPlayDtmfError
            | ConvaiPlayDtmfSuccess
            | ConvaiSkipTurnResult
            | ConvaiTestToolResult
            | ConvaiTransferToAgentError
            | ConvaiTransferToAgentSuccess
            | ConvaiTransferToNumberError
            | ConvaiTransferToNumberSipSuccess
            | ConvaiTransferToNumberTwilioSuccess
            | ConvaiVoicemailDetectionSuccess
            | DummyToolResultModel
            | KnowledgeBaseRagToolResultModel
            | KnowledgeBaseToolResultModel
            | None
            | TransferToNumberResultExotelSuccessModel
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("result_type") == "end_call_success":
                    result_type_0_type_0 = ConvaiEndCallResult.from_dict(data)

                    return result_type_0_type_0
                if data.get("result_type") == "language_detection_success":
                    result_type_0_type_1 = ConvaiLanguageDetectionResult.from_dict(data)

                    return result_type_0_type_1
                if data.get("result_type") == "transfer_to_agent_success":
                    result_type_0_type_2 = ConvaiTransferToAgentSuccess.from_dict(data)

                    return result_type_0_type_2
                if data.get("result_type") == "transfer_to_agent_error":
                    result_type_0_type_3 = ConvaiTransferToAgentError.from_dict(data)

                    return result_type_0_type_3
                if data.get("result_type") == "transfer_to_number_twilio_success":
                    result_type_0_type_4 = ConvaiTransferToNumberTwilioSuccess.from_dict(data)

                    return result_type_0_type_4
                if data.get("result_type") == "transfer_to_number_sip_success":
                    result_type_0_type_5 = ConvaiTransferToNumberSipSuccess.from_dict(data)

                    return result_type_0_type_5
                if data.get("result_type") == "transfer_to_number_exotel_success":
                    result_type_0_type_6 = TransferToNumberResultExotelSuccessModel.from_dict(data)

                    return result_type_0_type_6
                if data.get("result_type") == "transfer_to_number_error":
                    result_type_0_type_7 = ConvaiTransferToNumberError.from_dict(data)

                    return result_type_0_type_7
                if data.get("result_type") == "skip_turn_success":
                    result_type_0_type_8 = ConvaiSkipTurnResult.from_dict(data)

                    return result_type_0_type_8
                if data.get("result_type") == "play_dtmf_success":
                    result_type_0_type_9 = ConvaiPlayDtmfSuccess.from_dict(data)

                    return result_type_0_type_9
                if data.get("result_type") == "play_dtmf_error":
                    result_type_0_type_10 = ConvaiPlayDtmfError.from_dict(data)

                    return result_type_0_type_10
                if data.get("result_type") == "voicemail_detection_success":
                    result_type_0_type_11 = ConvaiVoicemailDetectionSuccess.from_dict(data)

                    return result_type_0_type_11
                if data.get("result_type") == "testing_tool_result":
                    result_type_0_type_12 = ConvaiTestToolResult.from_dict(data)

                    return result_type_0_type_12
                if data.get("result_type") == "knowledge_base_rag_success":
                    result_type_0_type_13 = KnowledgeBaseRagToolResultModel.from_dict(data)

                    return result_type_0_type_13
                if data.get("result_type") == "knowledge_base_success":
                    result_type_0_type_14 = KnowledgeBaseToolResultModel.from_dict(data)

                    return result_type_0_type_14
                if data.get("result_type") == "dummy":
                    result_type_0_type_15 = DummyToolResultModel.from_dict(data)

                    return result_type_0_type_15

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_0 = ConvaiEndCallResult.from_dict(data)

                return result_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_1 = ConvaiLanguageDetectionResult.from_dict(data)

                return result_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_2 = ConvaiTransferToAgentSuccess.from_dict(data)

                return result_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_3 = ConvaiTransferToAgentError.from_dict(data)

                return result_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_4 = ConvaiTransferToNumberTwilioSuccess.from_dict(data)

                return result_type_0_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_5 = ConvaiTransferToNumberSipSuccess.from_dict(data)

                return result_type_0_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_6 = TransferToNumberResultExotelSuccessModel.from_dict(data)

                return result_type_0_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_7 = ConvaiTransferToNumberError.from_dict(data)

                return result_type_0_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_8 = ConvaiSkipTurnResult.from_dict(data)

                return result_type_0_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_9 = ConvaiPlayDtmfSuccess.from_dict(data)

                return result_type_0_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_10 = ConvaiPlayDtmfError.from_dict(data)

                return result_type_0_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_11 = ConvaiVoicemailDetectionSuccess.from_dict(data)

                return result_type_0_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_12 = ConvaiTestToolResult.from_dict(data)

                return result_type_0_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_13 = KnowledgeBaseRagToolResultModel.from_dict(data)

                return result_type_0_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_14 = KnowledgeBaseToolResultModel.from_dict(data)

                return result_type_0_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0_type_15 = DummyToolResultModel.from_dict(data)

                return result_type_0_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ConvaiEndCallResult
                | ConvaiLanguageDetectionResult
                | ConvaiPlayDtmfError
                | ConvaiPlayDtmfSuccess
                | ConvaiSkipTurnResult
                | ConvaiTestToolResult
                | ConvaiTransferToAgentError
                | ConvaiTransferToAgentSuccess
                | ConvaiTransferToNumberError
                | ConvaiTransferToNumberSipSuccess
                | ConvaiTransferToNumberTwilioSuccess
                | ConvaiVoicemailDetectionSuccess
                | DummyToolResultModel
                | KnowledgeBaseRagToolResultModel
                | KnowledgeBaseToolResultModel
                | None
                | TransferToNumberResultExotelSuccessModel
                | Unset,
                data,
            )

        result = _parse_result(d.pop("result", UNSET))

        convai_tool_result_system = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            tool_has_been_called=tool_has_been_called,
            type_=type_,
            is_blocked=is_blocked,
            tool_latency_secs=tool_latency_secs,
            error_type=error_type,
            raw_error_message=raw_error_message,
            dynamic_variable_updates=dynamic_variable_updates,
            result=result,
        )

        convai_tool_result_system.additional_properties = d
        return convai_tool_result_system

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
        ConvaiDynamicVariableUpdate, \
        ConvaiEndCallResult, \
        ConvaiLanguageDetectionResult, \
        ConvaiPlayDtmfError, \
        ConvaiPlayDtmfSuccess, \
        ConvaiSkipTurnResult, \
        ConvaiTestToolResult, \
        ConvaiTransferToAgentError, \
        ConvaiTransferToAgentSuccess, \
        ConvaiTransferToNumberError, \
        ConvaiTransferToNumberSipSuccess, \
        ConvaiTransferToNumberTwilioSuccess, \
        ConvaiVoicemailDetectionSuccess, \
        DummyToolResultModel, \
        KnowledgeBaseRagToolResultModel, \
        KnowledgeBaseToolResultModel, \
        TransferToNumberResultExotelSuccessModel
    from ..models.convai_dynamic_variable_update import ConvaiDynamicVariableUpdate  # noqa: F401
    from ..models.convai_end_call_result import ConvaiEndCallResult  # noqa: F401
    from ..models.convai_language_detection_result import ConvaiLanguageDetectionResult  # noqa: F401
    from ..models.convai_play_dtmf_error import ConvaiPlayDtmfError  # noqa: F401
    from ..models.convai_play_dtmf_success import ConvaiPlayDtmfSuccess  # noqa: F401
    from ..models.convai_skip_turn_result import ConvaiSkipTurnResult  # noqa: F401
    from ..models.convai_test_tool_result import ConvaiTestToolResult  # noqa: F401
    from ..models.convai_transfer_to_agent_error import ConvaiTransferToAgentError  # noqa: F401
    from ..models.convai_transfer_to_agent_success import ConvaiTransferToAgentSuccess  # noqa: F401
    from ..models.convai_transfer_to_number_error import ConvaiTransferToNumberError  # noqa: F401
    from ..models.convai_transfer_to_number_sip_success import ConvaiTransferToNumberSipSuccess  # noqa: F401
    from ..models.convai_transfer_to_number_twilio_success import ConvaiTransferToNumberTwilioSuccess  # noqa: F401
    from ..models.convai_voicemail_detection_success import ConvaiVoicemailDetectionSuccess  # noqa: F401
    from ..models.dummy_tool_result_model import DummyToolResultModel  # noqa: F401
    from ..models.knowledge_base_rag_tool_result_model import KnowledgeBaseRagToolResultModel  # noqa: F401
    from ..models.knowledge_base_tool_result_model import KnowledgeBaseToolResultModel  # noqa: F401
    from ..models.transfer_to_number_result_exotel_success_model import TransferToNumberResultExotelSuccessModel  # noqa: F401

    _nested_models_loaded = True
