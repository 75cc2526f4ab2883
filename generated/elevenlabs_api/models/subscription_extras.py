from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_status import ModerationStatus
    from ..models.subscription_usage import SubscriptionUsage


T = TypeVar("T", bound="SubscriptionExtras")


@_attrs_define
class SubscriptionExtras:
    """Concurrency limits, moderation state and credit breakdown of an account.

    Attributes:
        concurrency (int): Maximum simultaneous generation requests.
        convai_concurrency (int): Maximum simultaneous agent conversations.
        force_logging_disabled (bool):
        can_request_manual_pro_voice_verification (bool):
        can_bypass_voice_captcha (bool):
        moderation (ModerationStatus): Trust and safety flags on the account.
        convai_chars_per_minute (int | None | Unset): No longer filled in (always null).
        convai_asr_chars_per_minute (int | None | Unset): No longer filled in (always null).
        unused_characters_rolled_over_from_previous_period (int | None | Unset):
        overused_characters_rolled_over_from_previous_period (int | None | Unset):
        usage (None | SubscriptionUsage | Unset):
    """

    concurrency: int
    convai_concurrency: int
    force_logging_disabled: bool
    can_request_manual_pro_voice_verification: bool
    can_bypass_voice_captcha: bool
    moderation: ModerationStatus
    convai_chars_per_minute: int | None | Unset = UNSET
    convai_asr_chars_per_minute: int | None | Unset = UNSET
    unused_characters_rolled_over_from_previous_period: int | None | Unset = UNSET
    overused_characters_rolled_over_from_previous_period: int | None | Unset = UNSET
    usage: None | SubscriptionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        concurrency = self.concurrency

        convai_concurrency = self.convai_concurrency

        force_logging_disabled = self.force_logging_disabled

        can_request_manual_pro_voice_verification = self.can_request_manual_pro_voice_verification

        can_bypass_voice_captcha = self.can_bypass_voice_captcha

        moderation = self.moderation.to_dict()

        convai_chars_per_minute: int | None | Unset
        if isinstance(self.convai_chars_per_minute, Unset):
            convai_chars_per_minute = UNSET
        else:
            convai_chars_per_minute = self.convai_chars_per_minute

        convai_asr_chars_per_minute: int | None | Unset
        if isinstance(self.convai_asr_chars_per_minute, Unset):
            convai_asr_chars_per_minute = UNSET
        else:
            convai_asr_chars_per_minute = self.convai_asr_chars_per_minute

        unused_characters_rolled_over_from_previous_period: int | None | Unset
        if isinstance(self.unused_characters_rolled_over_from_previous_period, Unset):
            unused_characters_rolled_over_from_previous_period = UNSET
        else:
            unused_characters_rolled_over_from_previous_period = self.unused_characters_rolled_over_from_previous_period

        overused_characters_rolled_over_from_previous_period: int | None | Unset
        if isinstance(self.overused_characters_rolled_over_from_previous_period, Unset):
            overused_characters_rolled_over_from_previous_period = UNSET
        else:
            overused_characters_rolled_over_from_previous_period = (
                self.overused_characters_rolled_over_from_previous_period
            )

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, SubscriptionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concurrency": concurrency,
                "convai_concurrency": convai_concurrency,
                "force_logging_disabled": force_logging_disabled,
                "can_request_manual_pro_voice_verification": can_request_manual_pro_voice_verification,
                "can_bypass_voice_captcha": can_bypass_voice_captcha,
                "moderation": moderation,
            }
        )
        if convai_chars_per_minute is not UNSET:
            field_dict["convai_chars_per_minute"] = convai_chars_per_minute
        if convai_asr_chars_per_minute is not UNSET:
            field_dict["convai_asr_chars_per_minute"] = convai_asr_chars_per_minute
        if unused_characters_rolled_over_from_previous_period is not UNSET:
            field_dict["unused_characters_rolled_over_from_previous_period"] = (
                unused_characters_rolled_over_from_previous_period
            )
        if overused_characters_rolled_over_from_previous_period is not UNSET:
            field_dict["overused_characters_rolled_over_from_previous_period"] = (
                overused_characters_rolled_over_from_previous_period
            )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        concurrency = d.pop("concurrency")

        convai_concurrency = d.pop("convai_concurrency")

        force_logging_disabled = d.pop("force_logging_disabled")

        can_request_manual_pro_voice_verification = d.pop("can_request_manual_pro_voice_verification")

        can_bypass_voice_captcha = d.pop("can_bypass_voice_captcha")

        moderation = ModerationStatus.from_dict(d.pop("moderation"))

        def _parse_convai_chars_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        convai_chars_per_minute = _parse_convai_chars_per_minute(d.pop("convai_chars_per_minute", UNSET))

        def _parse_convai_asr_chars_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        convai_asr_chars_per_minute = _parse_convai_asr_chars_per_minute(d.pop("convai_asr_chars_per_minute", UNSET))

        def _parse_unused_characters_rolled_over_from_previous_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unused_characters_rolled_over_from_previous_period = _parse_unused_characters_rolled_over_from_previous_period(
            d.pop("unused_characters_rolled_over_from_previous_period", UNSET)
        )

        def _parse_overused_characters_rolled_over_from_previous_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overused_characters_rolled_over_from_previous_period = (
            _parse_overused_characters_rolled_over_from_previous_period(
                d.pop("overused_characters_rolled_over_from_previous_period", UNSET)
            )
        )

        def _parse_usage(data: object) -> None | SubscriptionUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = SubscriptionUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        subscription_extras = cls(
            concurrency=concurrency,
            convai_concurrency=convai_concurrency,
            force_logging_disabled=force_logging_disabled,
            can_request_manual_pro_voice_verification=can_request_manual_pro_voice_verification,
            can_bypass_voice_captcha=can_bypass_voice_captcha,
            moderation=moderation,
            convai_chars_per_minute=convai_chars_per_minute,
            convai_asr_chars_per_minute=convai_asr_chars_per_minute,
            unused_characters_rolled_over_from_previous_period=unused_characters_rolled_over_from_previous_period,
            overused_characters_rolled_over_from_previous_period=overused_characters_rolled_over_from_previous_period,
            usage=usage,
        )

        subscription_extras.additional_properties = d
        return subscription_extras

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
    global _nested_models_loaded, ModerationStatus, SubscriptionUsage
    from ..models.moderation_status import ModerationStatus  # noqa: F401
    from ..models.subscription_usage import SubscriptionUsage  # noqa: F401

    _nested_models_loaded = True
