from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.music_finetune_response_model import MusicFinetuneResponseModel


T = TypeVar("T", bound="MusicFinetunePageResponseModel")


@_attrs_define
class MusicFinetunePageResponseModel:
    """
    Attributes:
        finetunes (list[MusicFinetuneResponseModel]):
        next_cursor (None | str):
        has_more (bool):
    """

    finetunes: list[MusicFinetuneResponseModel]
    next_cursor: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        finetunes = []
        for finetunes_item_data in self.finetunes:
            finetunes_item = finetunes_item_data.to_dict()
            finetunes.append(finetunes_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finetunes": finetunes,
                "next_cursor": next_cursor,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        finetunes = []
        _finetunes = d.pop("finetunes")
        for finetunes_item_data in _finetunes:
            finetunes_item = MusicFinetuneResponseModel.from_dict(finetunes_item_data)

            finetunes.append(finetunes_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        has_more = d.pop("has_more")

        music_finetune_page_response_model = cls(
            finetunes=finetunes,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        music_finetune_page_response_model.additional_properties = d
        return music_finetune_page_response_model

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
    global _nested_models_loaded, MusicFinetuneResponseModel
    from ..models.music_finetune_response_model import MusicFinetuneResponseModel  # noqa: F401

    _nested_models_loaded = True
