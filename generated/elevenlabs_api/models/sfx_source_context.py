from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sfx_source_context_generation_config_type_0 import SfxSourceContextGenerationConfigType0


T = TypeVar("T", bound="SfxSourceContext")


@_attrs_define
class SfxSourceContext:
    """
    Attributes:
        source_type (Literal['sfx'] | Unset):  Default: 'sfx'.
        sound_generation_history_item_id (None | str | Unset):
        text (None | str | Unset):
        generation_config (None | SfxSourceContextGenerationConfigType0 | Unset):
    """

    source_type: Literal["sfx"] | Unset = "sfx"
    sound_generation_history_item_id: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    generation_config: None | SfxSourceContextGenerationConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        source_type = self.source_type

        sound_generation_history_item_id: None | str | Unset
        if isinstance(self.sound_generation_history_item_id, Unset):
            sound_generation_history_item_id = UNSET
        else:
            sound_generation_history_item_id = self.sound_generation_history_item_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        generation_config: dict[str, Any] | None | Unset
        if isinstance(self.generation_config, Unset):
            generation_config = UNSET
        elif isinstance(self.generation_config, SfxSourceContextGenerationConfigType0):
            generation_config = self.generation_config.to_dict()
        else:
            generation_config = self.generation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if sound_generation_history_item_id is not UNSET:
            field_dict["sound_generation_history_item_id"] = sound_generation_history_item_id
        if text is not UNSET:
            field_dict["text"] = text
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        source_type = cast(Literal["sfx"] | Unset, d.pop("source_type", UNSET))
        if source_type != "sfx" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'sfx', got '{source_type}'")

        def _parse_sound_generation_history_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sound_generation_history_item_id = _parse_sound_generation_history_item_id(
            d.pop("sound_generation_history_item_id", UNSET)
        )

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_generation_config(data: object) -> None | SfxSourceContextGenerationConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generation_config_type_0 = SfxSourceContextGenerationConfigType0.from_dict(data)

                return generation_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SfxSourceContextGenerationConfigType0 | Unset, data)

        generation_config = _parse_generation_config(d.pop("generation_config", UNSET))

        sfx_source_context = cls(
            source_type=source_type,
            sound_generation_history_item_id=sound_generation_history_item_id,
            text=text,
            generation_config=generation_config,
        )

        sfx_source_context.additional_properties = d
        return sfx_source_context

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
    global _nested_models_loaded, SfxSourceContextGenerationConfigType0
    from ..models.sfx_source_context_generation_config_type_0 import SfxSourceContextGenerationConfigType0  # noqa: F401

    _nested_models_loaded = True
