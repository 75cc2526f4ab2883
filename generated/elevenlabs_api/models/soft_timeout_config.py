from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SoftTimeoutConfig")


@_attrs_define
class SoftTimeoutConfig:
    """
    Attributes:
        timeout_seconds (float | Unset):  Default: -1.0.
        message (str | Unset):  Default: 'Hhmmmm...yeah.'.
        additional_soft_timeout_messages (list[str] | Unset):
        use_llm_generated_message (bool | Unset):  Default: False.
        randomize_fillers (bool | Unset):  Default: False.
        max_soft_timeouts_per_generation (int | Unset):  Default: 1.
        llm_generated_message_prompt_override (None | str | Unset):
        disable_until_first_user_message (bool | Unset):  Default: False.
    """

    timeout_seconds: float | Unset = -1.0
    message: str | Unset = "Hhmmmm...yeah."
    additional_soft_timeout_messages: list[str] | Unset = UNSET
    use_llm_generated_message: bool | Unset = False
    randomize_fillers: bool | Unset = False
    max_soft_timeouts_per_generation: int | Unset = 1
    llm_generated_message_prompt_override: None | str | Unset = UNSET
    disable_until_first_user_message: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeout_seconds = self.timeout_seconds

        message = self.message

        additional_soft_timeout_messages: list[str] | Unset = UNSET
        if not isinstance(self.additional_soft_timeout_messages, Unset):
            additional_soft_timeout_messages = self.additional_soft_timeout_messages

        use_llm_generated_message = self.use_llm_generated_message

        randomize_fillers = self.randomize_fillers

        max_soft_timeouts_per_generation = self.max_soft_timeouts_per_generation

        llm_generated_message_prompt_override: None | str | Unset
        if isinstance(self.llm_generated_message_prompt_override, Unset):
            llm_generated_message_prompt_override = UNSET
        else:
            llm_generated_message_prompt_override = self.llm_generated_message_prompt_override

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
        timeout_seconds = d.pop("timeout_seconds", UNSET)

        message = d.pop("message", UNSET)

        additional_soft_timeout_messages = cast(list[str], d.pop("additional_soft_timeout_messages", UNSET))

        use_llm_generated_message = d.pop("use_llm_generated_message", UNSET)

        randomize_fillers = d.pop("randomize_fillers", UNSET)

        max_soft_timeouts_per_generation = d.pop("max_soft_timeouts_per_generation", UNSET)

        def _parse_llm_generated_message_prompt_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_generated_message_prompt_override = _parse_llm_generated_message_prompt_override(
            d.pop("llm_generated_message_prompt_override", UNSET)
        )

        disable_until_first_user_message = d.pop("disable_until_first_user_message", UNSET)

        soft_timeout_config = cls(
            timeout_seconds=timeout_seconds,
            message=message,
            additional_soft_timeout_messages=additional_soft_timeout_messages,
            use_llm_generated_message=use_llm_generated_message,
            randomize_fillers=randomize_fillers,
            max_soft_timeouts_per_generation=max_soft_timeouts_per_generation,
            llm_generated_message_prompt_override=llm_generated_message_prompt_override,
            disable_until_first_user_message=disable_until_first_user_message,
        )

        soft_timeout_config.additional_properties = d
        return soft_timeout_config

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
