from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convai_secret_dependencies import ConvaiSecretDependencies


T = TypeVar("T", bound="ConvaiSecretWithUsage")


@_attrs_define
class ConvaiSecretWithUsage:
    """A stored secret and what uses it.

    Attributes:
        type_ (Literal['stored']):
        secret_id (str):
        name (str):
        used_by (ConvaiSecretDependencies): What uses a secret.
    """

    type_: Literal["stored"]
    secret_id: str
    name: str
    used_by: ConvaiSecretDependencies
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        type_ = self.type_

        secret_id = self.secret_id

        name = self.name

        used_by = self.used_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "secret_id": secret_id,
                "name": name,
                "used_by": used_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        type_ = cast(Literal["stored"], d.pop("type"))
        if type_ != "stored":
            raise ValueError(f"type must match const 'stored', got '{type_}'")

        secret_id = d.pop("secret_id")

        name = d.pop("name")

        used_by = ConvaiSecretDependencies.from_dict(d.pop("used_by"))

        convai_secret_with_usage = cls(
            type_=type_,
            secret_id=secret_id,
            name=name,
            used_by=used_by,
        )

        convai_secret_with_usage.additional_properties = d
        return convai_secret_with_usage

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
    global _nested_models_loaded, ConvaiSecretDependencies
    from ..models.convai_secret_dependencies import ConvaiSecretDependencies  # noqa: F401

    _nested_models_loaded = True
