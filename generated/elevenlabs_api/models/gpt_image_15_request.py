from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.gpt_image_15_request_aspect_ratio import (
    GPTImage15RequestAspectRatio,
    check_gpt_image_15_request_aspect_ratio,
)
from ..models.gpt_image_15_request_background import GPTImage15RequestBackground, check_gpt_image_15_request_background
from ..models.gpt_image_15_request_quality import GPTImage15RequestQuality, check_gpt_image_15_request_quality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_reference import GenerationReference
    from ..models.inline_image_reference import InlineImageReference
    from ..models.static_asset_reference import StaticAssetReference
    from ..models.webhook_target_all import WebhookTargetAll
    from ..models.webhook_target_ids import WebhookTargetIds


T = TypeVar("T", bound="GPTImage15Request")


@_attrs_define
class GPTImage15Request:
    """
    Attributes:
        prompt (str):
        model_id (Literal['gpt-image-1.5']):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds):
        images (list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset):
        mask (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset):
        quality (GPTImage15RequestQuality | Unset):  Default: 'medium'.
        background (GPTImage15RequestBackground | Unset):  Default: 'auto'.
        aspect_ratio (GPTImage15RequestAspectRatio | Unset):  Default: '1:1'.
    """

    prompt: str
    model_id: Literal["gpt-image-1.5"]
    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET
    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET
    mask: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET
    quality: GPTImage15RequestQuality | Unset = "medium"
    background: GPTImage15RequestBackground | Unset = "auto"
    aspect_ratio: GPTImage15RequestAspectRatio | Unset = "1:1"

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        prompt = self.prompt

        model_id = self.model_id

        webhook: dict[str, Any] | None | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        elif isinstance(self.webhook, WebhookTargetAll):
            webhook = self.webhook.to_dict()
        elif isinstance(self.webhook, WebhookTargetIds):
            webhook = self.webhook.to_dict()
        else:
            webhook = self.webhook

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item: dict[str, Any]
                if isinstance(images_item_data, GenerationReference):
                    images_item = images_item_data.to_dict()
                elif isinstance(images_item_data, StaticAssetReference):
                    images_item = images_item_data.to_dict()
                else:
                    images_item = images_item_data.to_dict()

                images.append(images_item)

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, GenerationReference):
            mask = self.mask.to_dict()
        elif isinstance(self.mask, StaticAssetReference):
            mask = self.mask.to_dict()
        elif isinstance(self.mask, InlineImageReference):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "model_id": model_id,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if images is not UNSET:
            field_dict["images"] = images
        if mask is not UNSET:
            field_dict["mask"] = mask
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        prompt = d.pop("prompt")

        model_id = cast(Literal["gpt-image-1.5"], d.pop("model_id"))
        if model_id != "gpt-image-1.5":
            raise ValueError(f"model_id must match const 'gpt-image-1.5', got '{model_id}'")

        def _parse_webhook(data: object) -> None | Unset | WebhookTargetAll | WebhookTargetIds:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                if data.get("type") == "all":
                    componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                    return componentsschemas_webhook_target_type_0
                if data.get("type") == "ids":
                    componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                    return componentsschemas_webhook_target_type_1

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_target_type_0 = WebhookTargetAll.from_dict(data)

                return componentsschemas_webhook_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_target_type_1 = WebhookTargetIds.from_dict(data)

                return componentsschemas_webhook_target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookTargetAll | WebhookTargetIds, data)

        webhook = _parse_webhook(d.pop("webhook", UNSET))

        _images = d.pop("images", UNSET)
        images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:

                def _parse_images_item(
                    data: object,
                ) -> GenerationReference | InlineImageReference | StaticAssetReference:
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

                images_item = _parse_images_item(images_item_data)

                images.append(images_item)

        def _parse_mask(
            data: object,
        ) -> GenerationReference | InlineImageReference | None | StaticAssetReference | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_reference_type_2 = InlineImageReference.from_dict(data)

                return componentsschemas_image_reference_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationReference | InlineImageReference | None | StaticAssetReference | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: GPTImage15RequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_gpt_image_15_request_quality(_quality)

        _background = d.pop("background", UNSET)
        background: GPTImage15RequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_gpt_image_15_request_background(_background)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: GPTImage15RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_gpt_image_15_request_aspect_ratio(_aspect_ratio)

        gpt_image_15_request = cls(
            prompt=prompt,
            model_id=model_id,
            webhook=webhook,
            images=images,
            mask=mask,
            quality=quality,
            background=background,
            aspect_ratio=aspect_ratio,
        )

        return gpt_image_15_request


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        GenerationReference, \
        InlineImageReference, \
        StaticAssetReference, \
        WebhookTargetAll, \
        WebhookTargetIds
    from ..models.generation_reference import GenerationReference  # noqa: F401
    from ..models.inline_image_reference import InlineImageReference  # noqa: F401
    from ..models.static_asset_reference import StaticAssetReference  # noqa: F401
    from ..models.webhook_target_all import WebhookTargetAll  # noqa: F401
    from ..models.webhook_target_ids import WebhookTargetIds  # noqa: F401

    _nested_models_loaded = True
