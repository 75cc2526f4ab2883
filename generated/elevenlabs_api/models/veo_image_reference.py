from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.veo_image_reference_role import VeoImageReferenceRole, check_veo_image_reference_role

if TYPE_CHECKING:
    from ..models.generation_reference import GenerationReference
    from ..models.inline_image_reference import InlineImageReference
    from ..models.static_asset_reference import StaticAssetReference


T = TypeVar("T", bound="VeoImageReference")


@_attrs_define
class VeoImageReference:
    """
    Attributes:
        image (GenerationReference | InlineImageReference | StaticAssetReference):
        role (VeoImageReferenceRole):
    """

    image: GenerationReference | InlineImageReference | StaticAssetReference
    role: VeoImageReferenceRole

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        image: dict[str, Any]
        if isinstance(self.image, GenerationReference):
            image = self.image.to_dict()
        elif isinstance(self.image, StaticAssetReference):
            image = self.image.to_dict()
        else:
            image = self.image.to_dict()

        role: str = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_image(data: object) -> GenerationReference | InlineImageReference | StaticAssetReference:
            if isinstance(data, dict):
                if data.get("type") == "generation":
                    componentsschemas_image_reference_type_0 = GenerationReference.from_dict(data)

                    return componentsschemas_image_reference_type_0
                if data.get("type") == "asset":
                    componentsschemas_image_reference_type_1 = StaticAssetReference.from_dict(data)

                    return componentsschemas_image_reference_type_1
                if data.get("type") == "inline_base64":
                    componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                    return componentsschemas_image_reference_type_2

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_0 = GenerationReference.from_dict(data)

                return componentsschemas_image_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_1 = StaticAssetReference.from_dict(data)

                return componentsschemas_image_reference_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

            return componentsschemas_image_reference_type_2

        image = _parse_image(d.pop("image"))

        role = check_veo_image_reference_role(d.pop("role"))

        veo_image_reference = cls(
            image=image,
            role=role,
        )

        return veo_image_reference


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, GenerationReference, InlineImageReference, StaticAssetReference
    from ..models.generation_reference import GenerationReference  # noqa: F401
    from ..models.inline_image_reference import InlineImageReference  # noqa: F401
    from ..models.static_asset_reference import StaticAssetReference  # noqa: F401

    _nested_models_loaded = True
