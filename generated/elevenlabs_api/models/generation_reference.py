from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GenerationReference")


@_attrs_define
class GenerationReference:
    """
    Attributes:
        type_ (Literal['generation']):
        generation_id (str):
    """

    type_: Literal["generation"]
    generation_id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        generation_id = self.generation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "generation_id": generation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["generation"], d.pop("type"))
        if type_ != "generation":
            raise ValueError(f"type must match const 'generation', got '{type_}'")

        generation_id = d.pop("generation_id")

        generation_reference = cls(
            type_=type_,
            generation_id=generation_id,
        )

        return generation_reference
