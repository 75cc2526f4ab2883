from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    """

    metrics: ConvaiTurnMetricsMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

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

        convai_turn_metrics = cls(
            metrics=metrics,
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
