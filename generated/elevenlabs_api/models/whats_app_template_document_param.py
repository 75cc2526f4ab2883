from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whats_app_template_document_param_details import WhatsAppTemplateDocumentParamDetails


T = TypeVar("T", bound="WhatsAppTemplateDocumentParam")


@_attrs_define
class WhatsAppTemplateDocumentParam:
    """
    Attributes:
        document (WhatsAppTemplateDocumentParamDetails):
        type_ (Literal['document'] | Unset):  Default: 'document'.
    """

    document: WhatsAppTemplateDocumentParamDetails
    type_: Literal["document"] | Unset = "document"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        document = self.document.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        document = WhatsAppTemplateDocumentParamDetails.from_dict(d.pop("document"))

        type_ = cast(Literal["document"] | Unset, d.pop("type", UNSET))
        if type_ != "document" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'document', got '{type_}'")

        whats_app_template_document_param = cls(
            document=document,
            type_=type_,
        )

        whats_app_template_document_param.additional_properties = d
        return whats_app_template_document_param

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
    global _nested_models_loaded, WhatsAppTemplateDocumentParamDetails
    from ..models.whats_app_template_document_param_details import WhatsAppTemplateDocumentParamDetails  # noqa: F401

    _nested_models_loaded = True
