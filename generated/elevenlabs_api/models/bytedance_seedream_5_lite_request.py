from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bytedance_seedream_5_lite_request_aspect_ratio import (
    BytedanceSeedream5LiteRequestAspectRatio,
    check_bytedance_seedream_5_lite_request_aspect_ratio,
)
from ..models.bytedance_seedream_5_lite_request_resolution import (
    BytedanceSeedream5LiteRequestResolution,
    check_bytedance_seedream_5_lite_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_reference import GenerationReference
    from ..models.inline_image_reference import InlineImageReference
    from ..models.static_asset_reference import StaticAssetReference
    from ..models.webhook_target_all import WebhookTargetAll
    from ..models.webhook_target_ids import WebhookTargetIds


T = TypeVar("T", bound="BytedanceSeedream5LiteRequest")


@_attrs_define
class BytedanceSeedream5LiteRequest:
    """
    Attributes:
        prompt (str):
        model_id (Literal['bytedance-seedream-5-lite']):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds):
        images (list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset):
        aspect_ratio (BytedanceSeedream5LiteRequestAspectRatio | Unset):  Default: '16:9'.
        seed (int | None | Unset):
        resolution (BytedanceSeedream5LiteRequestResolution | Unset):  Default: '2K'.
    """

    prompt: str
    model_id: Literal["bytedance-seedream-5-lite"]
    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET
    images: list[GenerationReference | InlineImageReference | StaticAssetReference] | Unset = UNSET
    aspect_ratio: BytedanceSeedream5LiteRequestAspectRatio | Unset = "16:9"
    seed: int | None | Unset = UNSET
    resolution: BytedanceSeedream5LiteRequestResolution | Unset = "2K"

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

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        prompt = d.pop("prompt")

        model_id = cast(Literal["bytedance-seedream-5-lite"], d.pop("model_id"))
        if model_id != "bytedance-seedream-5-lite":
            raise ValueError(f"model_id must match const 'bytedance-seedream-5-lite', got '{model_id}'")

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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: BytedanceSeedream5LiteRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_bytedance_seedream_5_lite_request_aspect_ratio(_aspect_ratio)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: BytedanceSeedream5LiteRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_bytedance_seedream_5_lite_request_resolution(_resolution)

        bytedance_seedream_5_lite_request = cls(
            prompt=prompt,
            model_id=model_id,
            webhook=webhook,
            images=images,
            aspect_ratio=aspect_ratio,
            seed=seed,
            resolution=resolution,
        )

        return bytedance_seedream_5_lite_request


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
