from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.veo_31_fast_request_aspect_ratio import (
    Veo31FastRequestAspectRatio,
    check_veo_31_fast_request_aspect_ratio,
)
from ..models.veo_31_fast_request_duration_secs import (
    Veo31FastRequestDurationSecs,
    check_veo_31_fast_request_duration_secs,
)
from ..models.veo_31_fast_request_resolution import Veo31FastRequestResolution, check_veo_31_fast_request_resolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generation_reference import GenerationReference
    from ..models.inline_image_reference import InlineImageReference
    from ..models.static_asset_reference import StaticAssetReference
    from ..models.veo_image_reference import VeoImageReference
    from ..models.webhook_target_all import WebhookTargetAll
    from ..models.webhook_target_ids import WebhookTargetIds


T = TypeVar("T", bound="Veo31FastRequest")


@_attrs_define
class Veo31FastRequest:
    """
    Attributes:
        prompt (str):
        model_id (Literal['veo-3.1-fast-generate-001']):
        webhook (None | Unset | WebhookTargetAll | WebhookTargetIds):
        negative_prompt (None | str | Unset):
        seed (int | None | Unset):
        enhance_prompt (bool | Unset):  Default: True.
        duration_secs (Veo31FastRequestDurationSecs | Unset):  Default: 8.
        aspect_ratio (Veo31FastRequestAspectRatio | Unset):  Default: '16:9'.
        resolution (Veo31FastRequestResolution | Unset):  Default: '720p'.
        generate_audio (bool | Unset):  Default: True.
        start_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset):
        end_frame (GenerationReference | InlineImageReference | None | StaticAssetReference | Unset):
        images (list[VeoImageReference] | Unset):
    """

    prompt: str
    model_id: Literal["veo-3.1-fast-generate-001"]
    webhook: None | Unset | WebhookTargetAll | WebhookTargetIds = UNSET
    negative_prompt: None | str | Unset = UNSET
    seed: int | None | Unset = UNSET
    enhance_prompt: bool | Unset = True
    duration_secs: Veo31FastRequestDurationSecs | Unset = 8
    aspect_ratio: Veo31FastRequestAspectRatio | Unset = "16:9"
    resolution: Veo31FastRequestResolution | Unset = "720p"
    generate_audio: bool | Unset = True
    start_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET
    end_frame: GenerationReference | InlineImageReference | None | StaticAssetReference | Unset = UNSET
    images: list[VeoImageReference] | Unset = UNSET

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

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        enhance_prompt = self.enhance_prompt

        duration_secs: int | Unset = UNSET
        if not isinstance(self.duration_secs, Unset):
            duration_secs = self.duration_secs

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        generate_audio = self.generate_audio

        start_frame: dict[str, Any] | None | Unset
        if isinstance(self.start_frame, Unset):
            start_frame = UNSET
        elif isinstance(self.start_frame, GenerationReference):
            start_frame = self.start_frame.to_dict()
        elif isinstance(self.start_frame, StaticAssetReference):
            start_frame = self.start_frame.to_dict()
        elif isinstance(self.start_frame, InlineImageReference):
            start_frame = self.start_frame.to_dict()
        else:
            start_frame = self.start_frame

        end_frame: dict[str, Any] | None | Unset
        if isinstance(self.end_frame, Unset):
            end_frame = UNSET
        elif isinstance(self.end_frame, GenerationReference):
            end_frame = self.end_frame.to_dict()
        elif isinstance(self.end_frame, StaticAssetReference):
            end_frame = self.end_frame.to_dict()
        elif isinstance(self.end_frame, InlineImageReference):
            end_frame = self.end_frame.to_dict()
        else:
            end_frame = self.end_frame

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
                "model_id": model_id,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed
        if enhance_prompt is not UNSET:
            field_dict["enhance_prompt"] = enhance_prompt
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if end_frame is not UNSET:
            field_dict["end_frame"] = end_frame
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        prompt = d.pop("prompt")

        model_id = cast(Literal["veo-3.1-fast-generate-001"], d.pop("model_id"))
        if model_id != "veo-3.1-fast-generate-001":
            raise ValueError(f"model_id must match const 'veo-3.1-fast-generate-001', got '{model_id}'")

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

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        enhance_prompt = d.pop("enhance_prompt", UNSET)

        _duration_secs = d.pop("duration_secs", UNSET)
        duration_secs: Veo31FastRequestDurationSecs | Unset
        if isinstance(_duration_secs, Unset):
            duration_secs = UNSET
        else:
            duration_secs = check_veo_31_fast_request_duration_secs(_duration_secs)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31FastRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_fast_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31FastRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_fast_request_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        def _parse_start_frame(
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

        start_frame = _parse_start_frame(d.pop("start_frame", UNSET))

        def _parse_end_frame(
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

        end_frame = _parse_end_frame(d.pop("end_frame", UNSET))

        _images = d.pop("images", UNSET)
        images: list[VeoImageReference] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = VeoImageReference.from_dict(images_item_data)

                images.append(images_item)

        veo_31_fast_request = cls(
            prompt=prompt,
            model_id=model_id,
            webhook=webhook,
            negative_prompt=negative_prompt,
            seed=seed,
            enhance_prompt=enhance_prompt,
            duration_secs=duration_secs,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            generate_audio=generate_audio,
            start_frame=start_frame,
            end_frame=end_frame,
            images=images,
        )

        return veo_31_fast_request


_nested_models_loaded = False


def _load_nested_models() -> None:
    global \
        _nested_models_loaded, \
        GenerationReference, \
        InlineImageReference, \
        StaticAssetReference, \
        VeoImageReference, \
        WebhookTargetAll, \
        WebhookTargetIds
    from ..models.generation_reference import GenerationReference  # noqa: F401
    from ..models.inline_image_reference import InlineImageReference  # noqa: F401
    from ..models.static_asset_reference import StaticAssetReference  # noqa: F401
    from ..models.veo_image_reference import VeoImageReference  # noqa: F401
    from ..models.webhook_target_all import WebhookTargetAll  # noqa: F401
    from ..models.webhook_target_ids import WebhookTargetIds  # noqa: F401

    _nested_models_loaded = True
