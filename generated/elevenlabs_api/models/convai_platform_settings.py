from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_auth_settings import ConvaiAuthSettings
    from ..models.convai_call_limits import ConvaiCallLimits
    from ..models.convai_client_data_config_output import ConvaiClientDataConfigOutput
    from ..models.convai_evaluation_settings import ConvaiEvaluationSettings
    from ..models.convai_platform_settings_data_collection import ConvaiPlatformSettingsDataCollection
    from ..models.convai_privacy_config import ConvaiPrivacyConfig
    from ..models.convai_safety import ConvaiSafety
    from ..models.convai_testing_settings import ConvaiTestingSettings
    from ..models.convai_widget_config_output import ConvaiWidgetConfigOutput
    from ..models.convai_workspace_overrides_output import ConvaiWorkspaceOverridesOutput


T = TypeVar("T", bound="ConvaiPlatformSettings")


@_attrs_define
class ConvaiPlatformSettings:
    """Platform settings of an agent, as returned.

    Attributes:
        auth (ConvaiAuthSettings | Unset): Who may talk to the agent.
        evaluation (ConvaiEvaluationSettings | Unset):
        widget (ConvaiWidgetConfigOutput | Unset): Look and behaviour of the embeddable widget (response form).
        data_collection (ConvaiPlatformSettingsDataCollection | Unset):
        overrides (ConvaiClientDataConfigOutput | Unset): What client data a conversation start may carry (response
            form).
        call_limits (ConvaiCallLimits | Unset):
        privacy (ConvaiPrivacyConfig | Unset): Recording and retention settings.
        workspace_overrides (ConvaiWorkspaceOverridesOutput | Unset): Agent-specific replacements of workspace webhooks
            (response form).
        testing (ConvaiTestingSettings | Unset):
        safety (ConvaiSafety | Unset):
    """

    auth: ConvaiAuthSettings | Unset = UNSET
    evaluation: ConvaiEvaluationSettings | Unset = UNSET
    widget: ConvaiWidgetConfigOutput | Unset = UNSET
    data_collection: ConvaiPlatformSettingsDataCollection | Unset = UNSET
    overrides: ConvaiClientDataConfigOutput | Unset = UNSET
    call_limits: ConvaiCallLimits | Unset = UNSET
    privacy: ConvaiPrivacyConfig | Unset = UNSET
    workspace_overrides: ConvaiWorkspaceOverridesOutput | Unset = UNSET
    testing: ConvaiTestingSettings | Unset = UNSET
    safety: ConvaiSafety | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict()

        widget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.widget, Unset):
            widget = self.widget.to_dict()

        data_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection, Unset):
            data_collection = self.data_collection.to_dict()

        overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = self.overrides.to_dict()

        call_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_limits, Unset):
            call_limits = self.call_limits.to_dict()

        privacy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.to_dict()

        workspace_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_overrides, Unset):
            workspace_overrides = self.workspace_overrides.to_dict()

        testing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.testing, Unset):
            testing = self.testing.to_dict()

        safety: dict[str, Any] | Unset = UNSET
        if not isinstance(self.safety, Unset):
            safety = self.safety.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if widget is not UNSET:
            field_dict["widget"] = widget
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if call_limits is not UNSET:
            field_dict["call_limits"] = call_limits
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if workspace_overrides is not UNSET:
            field_dict["workspace_overrides"] = workspace_overrides
        if testing is not UNSET:
            field_dict["testing"] = testing
        if safety is not UNSET:
            field_dict["safety"] = safety

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _auth = d.pop("auth", UNSET)
        auth: ConvaiAuthSettings | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ConvaiAuthSettings.from_dict(_auth)

        _evaluation = d.pop("evaluation", UNSET)
        evaluation: ConvaiEvaluationSettings | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = ConvaiEvaluationSettings.from_dict(_evaluation)

        _widget = d.pop("widget", UNSET)
        widget: ConvaiWidgetConfigOutput | Unset
        if isinstance(_widget, Unset):
            widget = UNSET
        else:
            widget = ConvaiWidgetConfigOutput.from_dict(_widget)

        _data_collection = d.pop("data_collection", UNSET)
        data_collection: ConvaiPlatformSettingsDataCollection | Unset
        if isinstance(_data_collection, Unset):
            data_collection = UNSET
        else:
            data_collection = ConvaiPlatformSettingsDataCollection.from_dict(_data_collection)

        _overrides = d.pop("overrides", UNSET)
        overrides: ConvaiClientDataConfigOutput | Unset
        if isinstance(_overrides, Unset):
            overrides = UNSET
        else:
            overrides = ConvaiClientDataConfigOutput.from_dict(_overrides)

        _call_limits = d.pop("call_limits", UNSET)
        call_limits: ConvaiCallLimits | Unset
        if isinstance(_call_limits, Unset):
            call_limits = UNSET
        else:
            call_limits = ConvaiCallLimits.from_dict(_call_limits)

        _privacy = d.pop("privacy", UNSET)
        privacy: ConvaiPrivacyConfig | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = ConvaiPrivacyConfig.from_dict(_privacy)

        _workspace_overrides = d.pop("workspace_overrides", UNSET)
        workspace_overrides: ConvaiWorkspaceOverridesOutput | Unset
        if isinstance(_workspace_overrides, Unset):
            workspace_overrides = UNSET
        else:
            workspace_overrides = ConvaiWorkspaceOverridesOutput.from_dict(_workspace_overrides)

        _testing = d.pop("testing", UNSET)
        testing: ConvaiTestingSettings | Unset
        if isinstance(_testing, Unset):
            testing = UNSET
        else:
            testing = ConvaiTestingSettings.from_dict(_testing)

        _safety = d.pop("safety", UNSET)
        safety: ConvaiSafety | Unset
        if isinstance(_safety, Unset):
            safety = UNSET
        else:
            safety = ConvaiSafety.from_dict(_safety)

        convai_platform_settings = cls(
            auth=auth,
            evaluation=evaluation,
            widget=widget,
            data_collection=data_collection,
            overrides=overrides,
            call_limits=call_limits,
            privacy=privacy,
            workspace_overrides=workspace_overrides,
            testing=testing,
            safety=safety,
        )

        convai_platform_settings.additional_properties = d
        return convai_platform_settings

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
    global \
        _nested_models_loaded, \
        ConvaiAuthSettings, \
        ConvaiCallLimits, \
        ConvaiClientDataConfigOutput, \
        ConvaiEvaluationSettings, \
        ConvaiPlatformSettingsDataCollection, \
        ConvaiPrivacyConfig, \
        ConvaiSafety, \
        ConvaiTestingSettings, \
        ConvaiWidgetConfigOutput, \
        ConvaiWorkspaceOverridesOutput
    from ..models.convai_auth_settings import ConvaiAuthSettings  # noqa: F401
    from ..models.convai_call_limits import ConvaiCallLimits  # noqa: F401
    from ..models.convai_client_data_config_output import ConvaiClientDataConfigOutput  # noqa: F401
    from ..models.convai_evaluation_settings import ConvaiEvaluationSettings  # noqa: F401
    from ..models.convai_platform_settings_data_collection import ConvaiPlatformSettingsDataCollection  # noqa: F401
    from ..models.convai_privacy_config import ConvaiPrivacyConfig  # noqa: F401
    from ..models.convai_safety import ConvaiSafety  # noqa: F401
    from ..models.convai_testing_settings import ConvaiTestingSettings  # noqa: F401
    from ..models.convai_widget_config_output import ConvaiWidgetConfigOutput  # noqa: F401
    from ..models.convai_workspace_overrides_output import ConvaiWorkspaceOverridesOutput  # noqa: F401

    _nested_models_loaded = True
