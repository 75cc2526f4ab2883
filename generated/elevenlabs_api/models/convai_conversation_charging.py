from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_charging import AnalysisCharging
    from ..models.convai_llm_category_usage import ConvaiLlmCategoryUsage
    from ..models.conversation_asr_usage_model import ConversationASRUsageModel
    from ..models.conversation_tts_usage_model import ConversationTTSUsageModel
    from ..models.platform_usage import PlatformUsage


T = TypeVar("T", bound="ConvaiConversationCharging")


@_attrs_define
class ConvaiConversationCharging:
    """How the conversation was charged.

    Attributes:
        dev_discount (bool | Unset):  Default: False.
        is_burst (bool | Unset):  Default: False.
        tier (None | str | Unset):
        llm_usage (ConvaiLlmCategoryUsage | Unset):
        llm_price (float | None | Unset):
        llm_charge (int | None | Unset):
        call_charge (int | None | Unset):
        platform_charge (int | None | Unset):
        platform_usage (PlatformUsage | Unset):
        platform_price (float | None | Unset):
        free_minutes_consumed (float | Unset):  Default: 0.0.
        free_llm_dollars_consumed (float | Unset):  Default: 0.0.
        tts_usage (ConversationTTSUsageModel | None | Unset):
        asr_usage (ConversationASRUsageModel | None | Unset):
        analysis (AnalysisCharging | None | Unset):
    """

    dev_discount: bool | Unset = False
    is_burst: bool | Unset = False
    tier: None | str | Unset = UNSET
    llm_usage: ConvaiLlmCategoryUsage | Unset = UNSET
    llm_price: float | None | Unset = UNSET
    llm_charge: int | None | Unset = UNSET
    call_charge: int | None | Unset = UNSET
    platform_charge: int | None | Unset = UNSET
    platform_usage: PlatformUsage | Unset = UNSET
    platform_price: float | None | Unset = UNSET
    free_minutes_consumed: float | Unset = 0.0
    free_llm_dollars_consumed: float | Unset = 0.0
    tts_usage: ConversationTTSUsageModel | None | Unset = UNSET
    asr_usage: ConversationASRUsageModel | None | Unset = UNSET
    analysis: AnalysisCharging | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        dev_discount = self.dev_discount

        is_burst = self.is_burst

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        llm_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_usage, Unset):
            llm_usage = self.llm_usage.to_dict()

        llm_price: float | None | Unset
        if isinstance(self.llm_price, Unset):
            llm_price = UNSET
        else:
            llm_price = self.llm_price

        llm_charge: int | None | Unset
        if isinstance(self.llm_charge, Unset):
            llm_charge = UNSET
        else:
            llm_charge = self.llm_charge

        call_charge: int | None | Unset
        if isinstance(self.call_charge, Unset):
            call_charge = UNSET
        else:
            call_charge = self.call_charge

        platform_charge: int | None | Unset
        if isinstance(self.platform_charge, Unset):
            platform_charge = UNSET
        else:
            platform_charge = self.platform_charge

        platform_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_usage, Unset):
            platform_usage = self.platform_usage.to_dict()

        platform_price: float | None | Unset
        if isinstance(self.platform_price, Unset):
            platform_price = UNSET
        else:
            platform_price = self.platform_price

        free_minutes_consumed = self.free_minutes_consumed

        free_llm_dollars_consumed = self.free_llm_dollars_consumed

        tts_usage: dict[str, Any] | None | Unset
        if isinstance(self.tts_usage, Unset):
            tts_usage = UNSET
        elif isinstance(self.tts_usage, ConversationTTSUsageModel):
            tts_usage = self.tts_usage.to_dict()
        else:
            tts_usage = self.tts_usage

        asr_usage: dict[str, Any] | None | Unset
        if isinstance(self.asr_usage, Unset):
            asr_usage = UNSET
        elif isinstance(self.asr_usage, ConversationASRUsageModel):
            asr_usage = self.asr_usage.to_dict()
        else:
            asr_usage = self.asr_usage

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, AnalysisCharging):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dev_discount is not UNSET:
            field_dict["dev_discount"] = dev_discount
        if is_burst is not UNSET:
            field_dict["is_burst"] = is_burst
        if tier is not UNSET:
            field_dict["tier"] = tier
        if llm_usage is not UNSET:
            field_dict["llm_usage"] = llm_usage
        if llm_price is not UNSET:
            field_dict["llm_price"] = llm_price
        if llm_charge is not UNSET:
            field_dict["llm_charge"] = llm_charge
        if call_charge is not UNSET:
            field_dict["call_charge"] = call_charge
        if platform_charge is not UNSET:
            field_dict["platform_charge"] = platform_charge
        if platform_usage is not UNSET:
            field_dict["platform_usage"] = platform_usage
        if platform_price is not UNSET:
            field_dict["platform_price"] = platform_price
        if free_minutes_consumed is not UNSET:
            field_dict["free_minutes_consumed"] = free_minutes_consumed
        if free_llm_dollars_consumed is not UNSET:
            field_dict["free_llm_dollars_consumed"] = free_llm_dollars_consumed
        if tts_usage is not UNSET:
            field_dict["tts_usage"] = tts_usage
        if asr_usage is not UNSET:
            field_dict["asr_usage"] = asr_usage
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        dev_discount = d.pop("dev_discount", UNSET)

        is_burst = d.pop("is_burst", UNSET)

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        _llm_usage = d.pop("llm_usage", UNSET)
        llm_usage: ConvaiLlmCategoryUsage | Unset
        if isinstance(_llm_usage, Unset):
            llm_usage = UNSET
        else:
            llm_usage = ConvaiLlmCategoryUsage.from_dict(_llm_usage)

        def _parse_llm_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_price = _parse_llm_price(d.pop("llm_price", UNSET))

        def _parse_llm_charge(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        llm_charge = _parse_llm_charge(d.pop("llm_charge", UNSET))

        def _parse_call_charge(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        call_charge = _parse_call_charge(d.pop("call_charge", UNSET))

        def _parse_platform_charge(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        platform_charge = _parse_platform_charge(d.pop("platform_charge", UNSET))

        _platform_usage = d.pop("platform_usage", UNSET)
        platform_usage: PlatformUsage | Unset
        if isinstance(_platform_usage, Unset):
            platform_usage = UNSET
        else:
            platform_usage = PlatformUsage.from_dict(_platform_usage)

        def _parse_platform_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        platform_price = _parse_platform_price(d.pop("platform_price", UNSET))

        free_minutes_consumed = d.pop("free_minutes_consumed", UNSET)

        free_llm_dollars_consumed = d.pop("free_llm_dollars_consumed", UNSET)

        def _parse_tts_usage(data: object) -> ConversationTTSUsageModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tts_usage_type_0 = ConversationTTSUsageModel.from_dict(data)

                return tts_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationTTSUsageModel | None | Unset, data)

        tts_usage = _parse_tts_usage(d.pop("tts_usage", UNSET))

        def _parse_asr_usage(data: object) -> ConversationASRUsageModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asr_usage_type_0 = ConversationASRUsageModel.from_dict(data)

                return asr_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationASRUsageModel | None | Unset, data)

        asr_usage = _parse_asr_usage(d.pop("asr_usage", UNSET))

        def _parse_analysis(data: object) -> AnalysisCharging | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = AnalysisCharging.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisCharging | None | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        convai_conversation_charging = cls(
            dev_discount=dev_discount,
            is_burst=is_burst,
            tier=tier,
            llm_usage=llm_usage,
            llm_price=llm_price,
            llm_charge=llm_charge,
            call_charge=call_charge,
            platform_charge=platform_charge,
            platform_usage=platform_usage,
            platform_price=platform_price,
            free_minutes_consumed=free_minutes_consumed,
            free_llm_dollars_consumed=free_llm_dollars_consumed,
            tts_usage=tts_usage,
            asr_usage=asr_usage,
            analysis=analysis,
        )

        convai_conversation_charging.additional_properties = d
        return convai_conversation_charging

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
        AnalysisCharging, \
        ConvaiLlmCategoryUsage, \
        ConversationASRUsageModel, \
        ConversationTTSUsageModel, \
        PlatformUsage
    from ..models.analysis_charging import AnalysisCharging  # noqa: F401
    from ..models.convai_llm_category_usage import ConvaiLlmCategoryUsage  # noqa: F401
    from ..models.conversation_asr_usage_model import ConversationASRUsageModel  # noqa: F401
    from ..models.conversation_tts_usage_model import ConversationTTSUsageModel  # noqa: F401
    from ..models.platform_usage import PlatformUsage  # noqa: F401

    _nested_models_loaded = True
