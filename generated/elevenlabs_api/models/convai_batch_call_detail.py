from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_batch_call_status import ConvaiBatchCallStatus, check_convai_batch_call_status
from ..models.convai_telephony_provider import ConvaiTelephonyProvider, check_convai_telephony_provider

if TYPE_CHECKING:
    from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
    from ..models.convai_batch_call_recipient_result import ConvaiBatchCallRecipientResult
    from ..models.telephony_call_config import TelephonyCallConfig


T = TypeVar("T", bound="ConvaiBatchCallDetail")


@_attrs_define
class ConvaiBatchCallDetail:
    """A batch call with every recipient's state.

    Attributes:
        id (str):
        phone_number_id (None | str):
        phone_provider (ConvaiTelephonyProvider | None):
        whatsapp_params (BatchCallWhatsAppParams | None):
        name (str):
        agent_id (str):
        branch_id (None | str):
        environment (None | str):
        created_at_unix (int):
        scheduled_time_unix (int):
        timezone (None | str):
        total_calls_dispatched (int):  Default: 0.
        total_calls_scheduled (int):  Default: 0.
        total_calls_finished (int):  Default: 0.
        last_updated_at_unix (int):
        status (ConvaiBatchCallStatus): State of a whole batch.
        retry_count (int):  Default: 0.
        telephony_call_config (TelephonyCallConfig):
        target_concurrency_limit (int | None):
        agent_name (str):
        branch_name (None | str):
        recipients (list[ConvaiBatchCallRecipientResult]):
    """

    id: str
    phone_number_id: None | str
    phone_provider: ConvaiTelephonyProvider | None
    whatsapp_params: BatchCallWhatsAppParams | None
    name: str
    agent_id: str
    branch_id: None | str
    environment: None | str
    created_at_unix: int
    scheduled_time_unix: int
    timezone: None | str
    last_updated_at_unix: int
    status: ConvaiBatchCallStatus
    telephony_call_config: TelephonyCallConfig
    target_concurrency_limit: int | None
    agent_name: str
    branch_name: None | str
    recipients: list[ConvaiBatchCallRecipientResult]
    total_calls_dispatched: int = 0
    total_calls_scheduled: int = 0
    total_calls_finished: int = 0
    retry_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        id = self.id

        phone_number_id: None | str
        phone_number_id = self.phone_number_id

        phone_provider: None | str
        if isinstance(self.phone_provider, str):
            phone_provider = self.phone_provider
        else:
            phone_provider = self.phone_provider

        whatsapp_params: dict[str, Any] | None
        if isinstance(self.whatsapp_params, BatchCallWhatsAppParams):
            whatsapp_params = self.whatsapp_params.to_dict()
        else:
            whatsapp_params = self.whatsapp_params

        name = self.name

        agent_id = self.agent_id

        branch_id: None | str
        branch_id = self.branch_id

        environment: None | str
        environment = self.environment

        created_at_unix = self.created_at_unix

        scheduled_time_unix = self.scheduled_time_unix

        timezone: None | str
        timezone = self.timezone

        total_calls_dispatched = self.total_calls_dispatched

        total_calls_scheduled = self.total_calls_scheduled

        total_calls_finished = self.total_calls_finished

        last_updated_at_unix = self.last_updated_at_unix

        status: str = self.status

        retry_count = self.retry_count

        telephony_call_config = self.telephony_call_config.to_dict()

        target_concurrency_limit: int | None
        target_concurrency_limit = self.target_concurrency_limit

        agent_name = self.agent_name

        branch_name: None | str
        branch_name = self.branch_name

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone_number_id": phone_number_id,
                "phone_provider": phone_provider,
                "whatsapp_params": whatsapp_params,
                "name": name,
                "agent_id": agent_id,
                "branch_id": branch_id,
                "environment": environment,
                "created_at_unix": created_at_unix,
                "scheduled_time_unix": scheduled_time_unix,
                "timezone": timezone,
                "total_calls_dispatched": total_calls_dispatched,
                "total_calls_scheduled": total_calls_scheduled,
                "total_calls_finished": total_calls_finished,
                "last_updated_at_unix": last_updated_at_unix,
                "status": status,
                "retry_count": retry_count,
                "telephony_call_config": telephony_call_config,
                "target_concurrency_limit": target_concurrency_limit,
                "agent_name": agent_name,
                "branch_name": branch_name,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_phone_number_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number_id = _parse_phone_number_id(d.pop("phone_number_id"))

        def _parse_phone_provider(data: object) -> ConvaiTelephonyProvider | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_provider_type_0 = check_convai_telephony_provider(data)

                return phone_provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTelephonyProvider | None, data)

        phone_provider = _parse_phone_provider(d.pop("phone_provider"))

        def _parse_whatsapp_params(data: object) -> BatchCallWhatsAppParams | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                whatsapp_params_type_0 = BatchCallWhatsAppParams.from_dict(data)

                return whatsapp_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchCallWhatsAppParams | None, data)

        whatsapp_params = _parse_whatsapp_params(d.pop("whatsapp_params"))

        name = d.pop("name")

        agent_id = d.pop("agent_id")

        def _parse_branch_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        branch_id = _parse_branch_id(d.pop("branch_id"))

        def _parse_environment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        environment = _parse_environment(d.pop("environment"))

        created_at_unix = d.pop("created_at_unix")

        scheduled_time_unix = d.pop("scheduled_time_unix")

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        total_calls_dispatched = d.pop("total_calls_dispatched")

        total_calls_scheduled = d.pop("total_calls_scheduled")

        total_calls_finished = d.pop("total_calls_finished")

        last_updated_at_unix = d.pop("last_updated_at_unix")

        status = check_convai_batch_call_status(d.pop("status"))

        retry_count = d.pop("retry_count")

        telephony_call_config = TelephonyCallConfig.from_dict(d.pop("telephony_call_config"))

        def _parse_target_concurrency_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        target_concurrency_limit = _parse_target_concurrency_limit(d.pop("target_concurrency_limit"))

        agent_name = d.pop("agent_name")

        def _parse_branch_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        branch_name = _parse_branch_name(d.pop("branch_name"))

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = ConvaiBatchCallRecipientResult.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        convai_batch_call_detail = cls(
            id=id,
            phone_number_id=phone_number_id,
            phone_provider=phone_provider,
            whatsapp_params=whatsapp_params,
            name=name,
            agent_id=agent_id,
            branch_id=branch_id,
            environment=environment,
            created_at_unix=created_at_unix,
            scheduled_time_unix=scheduled_time_unix,
            timezone=timezone,
            total_calls_dispatched=total_calls_dispatched,
            total_calls_scheduled=total_calls_scheduled,
            total_calls_finished=total_calls_finished,
            last_updated_at_unix=last_updated_at_unix,
            status=status,
            retry_count=retry_count,
            telephony_call_config=telephony_call_config,
            target_concurrency_limit=target_concurrency_limit,
            agent_name=agent_name,
            branch_name=branch_name,
            recipients=recipients,
        )

        convai_batch_call_detail.additional_properties = d
        return convai_batch_call_detail

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
    global _nested_models_loaded, BatchCallWhatsAppParams, ConvaiBatchCallRecipientResult, TelephonyCallConfig
    from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams  # noqa: F401
    from ..models.convai_batch_call_recipient_result import ConvaiBatchCallRecipientResult  # noqa: F401
    from ..models.telephony_call_config import TelephonyCallConfig  # noqa: F401

    _nested_models_loaded = True
