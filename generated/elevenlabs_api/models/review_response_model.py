from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_response_model_reject_reasons_type_0_item import (
    ReviewResponseModelRejectReasonsType0Item,
    check_review_response_model_reject_reasons_type_0_item,
)
from ..models.review_response_model_review_status import (
    ReviewResponseModelReviewStatus,
    check_review_response_model_review_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_response_model_scores_breakdown_type_0 import ReviewResponseModelScoresBreakdownType0


T = TypeVar("T", bound="ReviewResponseModel")


@_attrs_define
class ReviewResponseModel:
    """
    Attributes:
        review_status (ReviewResponseModelReviewStatus):
        reviewed_at_unix (int):
        reviewed_by (None | str | Unset):
        reject_reasons (list[ReviewResponseModelRejectReasonsType0Item] | None | Unset):
        scores_breakdown (None | ReviewResponseModelScoresBreakdownType0 | Unset):
        rejected_details (None | str | Unset):
        explanation (None | str | Unset):
    """

    review_status: ReviewResponseModelReviewStatus
    reviewed_at_unix: int
    reviewed_by: None | str | Unset = UNSET
    reject_reasons: list[ReviewResponseModelRejectReasonsType0Item] | None | Unset = UNSET
    scores_breakdown: None | ReviewResponseModelScoresBreakdownType0 | Unset = UNSET
    rejected_details: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        review_status: str = self.review_status

        reviewed_at_unix = self.reviewed_at_unix

        reviewed_by: None | str | Unset
        if isinstance(self.reviewed_by, Unset):
            reviewed_by = UNSET
        else:
            reviewed_by = self.reviewed_by

        reject_reasons: list[str] | None | Unset
        if isinstance(self.reject_reasons, Unset):
            reject_reasons = UNSET
        elif isinstance(self.reject_reasons, list):
            reject_reasons = []
            for reject_reasons_type_0_item_data in self.reject_reasons:
                reject_reasons_type_0_item: str = reject_reasons_type_0_item_data
                reject_reasons.append(reject_reasons_type_0_item)

        else:
            reject_reasons = self.reject_reasons

        scores_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.scores_breakdown, Unset):
            scores_breakdown = UNSET
        elif isinstance(self.scores_breakdown, ReviewResponseModelScoresBreakdownType0):
            scores_breakdown = self.scores_breakdown.to_dict()
        else:
            scores_breakdown = self.scores_breakdown

        rejected_details: None | str | Unset
        if isinstance(self.rejected_details, Unset):
            rejected_details = UNSET
        else:
            rejected_details = self.rejected_details

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review_status": review_status,
                "reviewed_at_unix": reviewed_at_unix,
            }
        )
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by
        if reject_reasons is not UNSET:
            field_dict["reject_reasons"] = reject_reasons
        if scores_breakdown is not UNSET:
            field_dict["scores_breakdown"] = scores_breakdown
        if rejected_details is not UNSET:
            field_dict["rejected_details"] = rejected_details
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        review_status = check_review_response_model_review_status(d.pop("review_status"))

        reviewed_at_unix = d.pop("reviewed_at_unix")

        def _parse_reviewed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by", UNSET))

        def _parse_reject_reasons(data: object) -> list[ReviewResponseModelRejectReasonsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reject_reasons_type_0 = []
                _reject_reasons_type_0 = data
                for reject_reasons_type_0_item_data in _reject_reasons_type_0:
                    reject_reasons_type_0_item = check_review_response_model_reject_reasons_type_0_item(
                        reject_reasons_type_0_item_data
                    )

                    reject_reasons_type_0.append(reject_reasons_type_0_item)

                return reject_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReviewResponseModelRejectReasonsType0Item] | None | Unset, data)

        reject_reasons = _parse_reject_reasons(d.pop("reject_reasons", UNSET))

        def _parse_scores_breakdown(data: object) -> None | ReviewResponseModelScoresBreakdownType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scores_breakdown_type_0 = ReviewResponseModelScoresBreakdownType0.from_dict(data)

                return scores_breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewResponseModelScoresBreakdownType0 | Unset, data)

        scores_breakdown = _parse_scores_breakdown(d.pop("scores_breakdown", UNSET))

        def _parse_rejected_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejected_details = _parse_rejected_details(d.pop("rejected_details", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        review_response_model = cls(
            review_status=review_status,
            reviewed_at_unix=reviewed_at_unix,
            reviewed_by=reviewed_by,
            reject_reasons=reject_reasons,
            scores_breakdown=scores_breakdown,
            rejected_details=rejected_details,
            explanation=explanation,
        )

        review_response_model.additional_properties = d
        return review_response_model

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
    global _nested_models_loaded, ReviewResponseModelScoresBreakdownType0
    from ..models.review_response_model_scores_breakdown_type_0 import ReviewResponseModelScoresBreakdownType0  # noqa: F401

    _nested_models_loaded = True
