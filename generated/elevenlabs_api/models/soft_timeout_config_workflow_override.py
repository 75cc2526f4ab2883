from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoftTimeoutConfigWorkflowOverride")


@_attrs_define
class SoftTimeoutConfigWorkflowOverride:
    """
    Attributes:
        timeout_seconds (float | None | Unset):
        message (None | str | Unset):
        additional_soft_timeout_messages (list[str] | None | Unset):
        use_llm_generated_message (bool | None | Unset):
        randomize_fillers (bool | None | Unset):
        max_soft_timeouts_per_generation (int | None | Unset):
        llm_generated_message_prompt_override (None | str | Unset):
        disable_until_first_user_message (bool | None | Unset):
    """

    timeout_seconds: float | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_soft_timeout_messages: list[str] | None | Unset = UNSET
    use_llm_generated_message: bool | None | Unset = UNSET
    randomize_fillers: bool | None | Unset = UNSET
    max_soft_timeouts_per_generation: int | None | Unset = UNSET
    llm_generated_message_prompt_override: None | str | Unset = UNSET
    disable_until_first_user_message: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeout_seconds: float | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        additional_soft_timeout_messages: list[str] | None | Unset
        if isinstance(self.additional_soft_timeout_messages, Unset):
            additional_soft_timeout_messages = UNSET
        elif isinstance(self.additional_soft_timeout_messages, list):
            additional_soft_timeout_messages = self.additional_soft_timeout_messages

        else:
            additional_soft_timeout_messages = self.additional_soft_timeout_messages

        use_llm_generated_message: bool | None | Unset
        if isinstance(self.use_llm_generated_message, Unset):
            use_llm_generated_message = UNSET
        else:
            use_llm_generated_message = self.use_llm_generated_message

        randomize_fillers: bool | None | Unset
        if isinstance(self.randomize_fillers, Unset):
            randomize_fillers = UNSET
        else:
            randomize_fillers = self.randomize_fillers

        max_soft_timeouts_per_generation: int | None | Unset
        if isinstance(self.max_soft_timeouts_per_generation, Unset):
            max_soft_timeouts_per_generation = UNSET
        else:
            max_soft_timeouts_per_generation = self.max_soft_timeouts_per_generation

        llm_generated_message_prompt_override: None | str | Unset
        if isinstance(self.llm_generated_message_prompt_override, Unset):
            llm_generated_message_prompt_override = UNSET
        else:
            llm_generated_message_prompt_override = self.llm_generated_message_prompt_override

        disable_until_first_user_message: bool | None | Unset
        if isinstance(self.disable_until_first_user_message, Unset):
            disable_until_first_user_message = UNSET
        else:
            disable_until_first_user_message = self.disable_until_first_user_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if message is not UNSET:
            field_dict["message"] = message
        if additional_soft_timeout_messages is not UNSET:
            field_dict["additional_soft_timeout_messages"] = additional_soft_timeout_messages
        if use_llm_generated_message is not UNSET:
            field_dict["use_llm_generated_message"] = use_llm_generated_message
        if randomize_fillers is not UNSET:
            field_dict["randomize_fillers"] = randomize_fillers
        if max_soft_timeouts_per_generation is not UNSET:
            field_dict["max_soft_timeouts_per_generation"] = max_soft_timeouts_per_generation
        if llm_generated_message_prompt_override is not UNSET:
            field_dict["llm_generated_message_prompt_override"] = llm_generated_message_prompt_override
        if disable_until_first_user_message is not UNSET:
            field_dict["disable_until_first_user_message"] = disable_until_first_user_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timeout_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_additional_soft_timeout_messages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_soft_timeout_messages_type_0 = cast(list[str], data)

                return additional_soft_timeout_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        additional_soft_timeout_messages = _parse_additional_soft_timeout_messages(
            d.pop("additional_soft_timeout_messages", UNSET)
        )

        def _parse_use_llm_generated_message(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_llm_generated_message = _parse_use_llm_generated_message(d.pop("use_llm_generated_message", UNSET))

        def _parse_randomize_fillers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        randomize_fillers = _parse_randomize_fillers(d.pop("randomize_fillers", UNSET))

        def _parse_max_soft_timeouts_per_generation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_soft_timeouts_per_generation = _parse_max_soft_timeouts_per_generation(
            d.pop("max_soft_timeouts_per_generation", UNSET)
        )

        def _parse_llm_generated_message_prompt_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_generated_message_prompt_override = _parse_llm_generated_message_prompt_override(
            d.pop("llm_generated_message_prompt_override", UNSET)
        )

        def _parse_disable_until_first_user_message(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_until_first_user_message = _parse_disable_until_first_user_message(
            d.pop("disable_until_first_user_message", UNSET)
        )

        soft_timeout_config_workflow_override = cls(
            timeout_seconds=timeout_seconds,
            message=message,
            additional_soft_timeout_messages=additional_soft_timeout_messages,
            use_llm_generated_message=use_llm_generated_message,
            randomize_fillers=randomize_fillers,
            max_soft_timeouts_per_generation=max_soft_timeouts_per_generation,
            llm_generated_message_prompt_override=llm_generated_message_prompt_override,
            disable_until_first_user_message=disable_until_first_user_message,
        )

        soft_timeout_config_workflow_override.additional_properties = d
        return soft_timeout_config_workflow_override

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
