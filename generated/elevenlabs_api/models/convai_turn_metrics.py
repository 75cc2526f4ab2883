from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_turn_metrics_metrics import ConvaiTurnMetricsMetrics


T = TypeVar("T", bound="ConvaiTurnMetrics")


@_attrs_define
class ConvaiTurnMetrics:
    """Timing metrics of one turn, by metric name.

    Attributes:
        metrics (ConvaiTurnMetricsMetrics | Unset):
        convai_asr_provider (None | str | Unset):
        convai_tts_model (None | str | Unset):
        convai_tts_cascade (None | str | Unset):
    """

    metrics: ConvaiTurnMetricsMetrics | Unset = UNSET
    convai_asr_provider: None | str | Unset = UNSET
    convai_tts_model: None | str | Unset = UNSET
    convai_tts_cascade: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        convai_asr_provider: None | str | Unset
        if isinstance(self.convai_asr_provider, Unset):
            convai_asr_provider = UNSET
        else:
            convai_asr_provider = self.convai_asr_provider

        convai_tts_model: None | str | Unset
        if isinstance(self.convai_tts_model, Unset):
            convai_tts_model = UNSET
        else:
            convai_tts_model = self.convai_tts_model

        convai_tts_cascade: None | str | Unset
        if isinstance(self.convai_tts_cascade, Unset):
            convai_tts_cascade = UNSET
        else:
            convai_tts_cascade = self.convai_tts_cascade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if convai_asr_provider is not UNSET:
            field_dict["convai_asr_provider"] = convai_asr_provider
        if convai_tts_model is not UNSET:
            field_dict["convai_tts_model"] = convai_tts_model
        if convai_tts_cascade is not UNSET:
            field_dict["convai_tts_cascade"] = convai_tts_cascade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: ConvaiTurnMetricsMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ConvaiTurnMetricsMetrics.from_dict(_metrics)

        def _parse_convai_asr_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        convai_asr_provider = _parse_convai_asr_provider(d.pop("convai_asr_provider", UNSET))

        def _parse_convai_tts_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        convai_tts_model = _parse_convai_tts_model(d.pop("convai_tts_model", UNSET))

        def _parse_convai_tts_cascade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        convai_tts_cascade = _parse_convai_tts_cascade(d.pop("convai_tts_cascade", UNSET))

        convai_turn_metrics = cls(
            metrics=metrics,
            convai_asr_provider=convai_asr_provider,
            convai_tts_model=convai_tts_model,
            convai_tts_cascade=convai_tts_cascade,
        )

        convai_turn_metrics.additional_properties = d
        return convai_turn_metrics

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
    global _nested_models_loaded, ConvaiTurnMetricsMetrics
    from ..models.convai_turn_metrics_metrics import ConvaiTurnMetricsMetrics  # noqa: F401

    _nested_models_loaded = True
