from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams
    from ..models.convai_batch_call_recipient import ConvaiBatchCallRecipient
    from ..models.telephony_call_config import TelephonyCallConfig


T = TypeVar("T", bound="ConvaiBatchCallSubmit")


@_attrs_define
class ConvaiBatchCallSubmit:
    """A batch of outbound calls by one agent from one number.

    Attributes:
        call_name (str): Your name for the batch.
        agent_id (str):
        recipients (list[ConvaiBatchCallRecipient]):
        scheduled_time_unix (int | None | Unset): When to start (Unix seconds); null starts now.
        agent_phone_number_id (None | str | Unset): Imported number to call from.
        whatsapp_params (BatchCallWhatsAppParams | None | Unset):
        timezone (None | str | Unset):
        branch_id (None | str | Unset):
        environment (None | str | Unset):
        telephony_call_config (TelephonyCallConfig | Unset):
        target_concurrency_limit (int | None | Unset):
    """

    call_name: str
    agent_id: str
    recipients: list[ConvaiBatchCallRecipient]
    scheduled_time_unix: int | None | Unset = UNSET
    agent_phone_number_id: None | str | Unset = UNSET
    whatsapp_params: BatchCallWhatsAppParams | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    environment: None | str | Unset = UNSET
    telephony_call_config: TelephonyCallConfig | Unset = UNSET
    target_concurrency_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        call_name = self.call_name

        agent_id = self.agent_id

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        scheduled_time_unix: int | None | Unset
        if isinstance(self.scheduled_time_unix, Unset):
            scheduled_time_unix = UNSET
        else:
            scheduled_time_unix = self.scheduled_time_unix

        agent_phone_number_id: None | str | Unset
        if isinstance(self.agent_phone_number_id, Unset):
            agent_phone_number_id = UNSET
        else:
            agent_phone_number_id = self.agent_phone_number_id

        whatsapp_params: dict[str, Any] | None | Unset
        if isinstance(self.whatsapp_params, Unset):
            whatsapp_params = UNSET
        elif isinstance(self.whatsapp_params, BatchCallWhatsAppParams):
            whatsapp_params = self.whatsapp_params.to_dict()
        else:
            whatsapp_params = self.whatsapp_params

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        telephony_call_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telephony_call_config, Unset):
            telephony_call_config = self.telephony_call_config.to_dict()

        target_concurrency_limit: int | None | Unset
        if isinstance(self.target_concurrency_limit, Unset):
            target_concurrency_limit = UNSET
        else:
            target_concurrency_limit = self.target_concurrency_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_name": call_name,
                "agent_id": agent_id,
                "recipients": recipients,
            }
        )
        if scheduled_time_unix is not UNSET:
            field_dict["scheduled_time_unix"] = scheduled_time_unix
        if agent_phone_number_id is not UNSET:
            field_dict["agent_phone_number_id"] = agent_phone_number_id
        if whatsapp_params is not UNSET:
            field_dict["whatsapp_params"] = whatsapp_params
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if environment is not UNSET:
            field_dict["environment"] = environment
        if telephony_call_config is not UNSET:
            field_dict["telephony_call_config"] = telephony_call_config
        if target_concurrency_limit is not UNSET:
            field_dict["target_concurrency_limit"] = target_concurrency_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        call_name = d.pop("call_name")

        agent_id = d.pop("agent_id")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = ConvaiBatchCallRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        def _parse_scheduled_time_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_time_unix = _parse_scheduled_time_unix(d.pop("scheduled_time_unix", UNSET))

        def _parse_agent_phone_number_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_phone_number_id = _parse_agent_phone_number_id(d.pop("agent_phone_number_id", UNSET))

        def _parse_whatsapp_params(data: object) -> BatchCallWhatsAppParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                whatsapp_params_type_0 = BatchCallWhatsAppParams.from_dict(data)

                return whatsapp_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchCallWhatsAppParams | None | Unset, data)

        whatsapp_params = _parse_whatsapp_params(d.pop("whatsapp_params", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        _telephony_call_config = d.pop("telephony_call_config", UNSET)
        telephony_call_config: TelephonyCallConfig | Unset
        if isinstance(_telephony_call_config, Unset):
            telephony_call_config = UNSET
        else:
            telephony_call_config = TelephonyCallConfig.from_dict(_telephony_call_config)

        def _parse_target_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_concurrency_limit = _parse_target_concurrency_limit(d.pop("target_concurrency_limit", UNSET))

        convai_batch_call_submit = cls(
            call_name=call_name,
            agent_id=agent_id,
            recipients=recipients,
            scheduled_time_unix=scheduled_time_unix,
            agent_phone_number_id=agent_phone_number_id,
            whatsapp_params=whatsapp_params,
            timezone=timezone,
            branch_id=branch_id,
            environment=environment,
            telephony_call_config=telephony_call_config,
            target_concurrency_limit=target_concurrency_limit,
        )

        convai_batch_call_submit.additional_properties = d
        return convai_batch_call_submit

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
    global _nested_models_loaded, BatchCallWhatsAppParams, ConvaiBatchCallRecipient, TelephonyCallConfig
    from ..models.batch_call_whats_app_params import BatchCallWhatsAppParams  # noqa: F401
    from ..models.convai_batch_call_recipient import ConvaiBatchCallRecipient  # noqa: F401
    from ..models.telephony_call_config import TelephonyCallConfig  # noqa: F401

    _nested_models_loaded = True
