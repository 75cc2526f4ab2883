from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.history_alignment import HistoryAlignment


T = TypeVar("T", bound="HistoryAlignments")


@_attrs_define
class HistoryAlignments:
    """Character timings for the text as written and as normalised before synthesis.

    Attributes:
        alignment (HistoryAlignment): Per-character start and end times in seconds; the three arrays line up.
        normalized_alignment (HistoryAlignment): Per-character start and end times in seconds; the three arrays line up.
    """

    alignment: HistoryAlignment
    normalized_alignment: HistoryAlignment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        alignment = self.alignment.to_dict()

        normalized_alignment = self.normalized_alignment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alignment": alignment,
                "normalized_alignment": normalized_alignment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        alignment = HistoryAlignment.from_dict(d.pop("alignment"))

        normalized_alignment = HistoryAlignment.from_dict(d.pop("normalized_alignment"))

        history_alignments = cls(
            alignment=alignment,
            normalized_alignment=normalized_alignment,
        )

        history_alignments.additional_properties = d
        return history_alignments

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
    global _nested_models_loaded, HistoryAlignment
    from ..models.history_alignment import HistoryAlignment  # noqa: F401

    _nested_models_loaded = True
