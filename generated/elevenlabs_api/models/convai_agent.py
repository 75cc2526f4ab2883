from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_workflow_response_model import AgentWorkflowResponseModel
    from ..models.convai_agent_metadata import ConvaiAgentMetadata
    from ..models.convai_conversation_config_output import ConvaiConversationConfigOutput
    from ..models.convai_phone_sip_trunk_number import ConvaiPhoneSipTrunkNumber
    from ..models.convai_phone_twilio_number import ConvaiPhoneTwilioNumber
    from ..models.convai_platform_settings import ConvaiPlatformSettings
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo
    from ..models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ..models.get_whats_app_account_response import GetWhatsAppAccountResponse


T = TypeVar("T", bound="ConvaiAgent")


@_attrs_define
class ConvaiAgent:
    """An agent with its full configuration.

    Attributes:
        agent_id (str):
        name (str):
        conversation_config (ConvaiConversationConfigOutput): The whole conversation configuration of an agent (response
            form).
        metadata (ConvaiAgentMetadata):
        platform_settings (ConvaiPlatformSettings | Unset): Platform settings of an agent, as returned.
        phone_numbers (list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel] |
            Unset):
        whatsapp_accounts (list[GetWhatsAppAccountResponse] | Unset):
        workflow (AgentWorkflowResponseModel | Unset):
        access_info (ConvaiResourceAccessInfo | None | Unset):
        tags (list[str] | Unset):
        version_id (None | str | Unset):
        branch_id (None | str | Unset):
        main_branch_id (None | str | Unset):
    """

    agent_id: str
    name: str
    conversation_config: ConvaiConversationConfigOutput
    metadata: ConvaiAgentMetadata
    platform_settings: ConvaiPlatformSettings | Unset = UNSET
    phone_numbers: (
        list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel] | Unset
    ) = UNSET
    whatsapp_accounts: list[GetWhatsAppAccountResponse] | Unset = UNSET
    workflow: AgentWorkflowResponseModel | Unset = UNSET
    access_info: ConvaiResourceAccessInfo | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    version_id: None | str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    main_branch_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        agent_id = self.agent_id

        name = self.name

        conversation_config = self.conversation_config.to_dict()

        metadata = self.metadata.to_dict()

        platform_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_settings, Unset):
            platform_settings = self.platform_settings.to_dict()

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item: dict[str, Any]
                if isinstance(phone_numbers_item_data, ConvaiPhoneTwilioNumber):
                    phone_numbers_item = phone_numbers_item_data.to_dict()
                elif isinstance(phone_numbers_item_data, GetPhoneNumberExotelResponseModel):
                    phone_numbers_item = phone_numbers_item_data.to_dict()
                else:
                    phone_numbers_item = phone_numbers_item_data.to_dict()

                phone_numbers.append(phone_numbers_item)

        whatsapp_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.whatsapp_accounts, Unset):
            whatsapp_accounts = []
            for whatsapp_accounts_item_data in self.whatsapp_accounts:
                whatsapp_accounts_item = whatsapp_accounts_item_data.to_dict()
                whatsapp_accounts.append(whatsapp_accounts_item)

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ConvaiResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        main_branch_id: None | str | Unset
        if isinstance(self.main_branch_id, Unset):
            main_branch_id = UNSET
        else:
            main_branch_id = self.main_branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "name": name,
                "conversation_config": conversation_config,
                "metadata": metadata,
            }
        )
        if platform_settings is not UNSET:
            field_dict["platform_settings"] = platform_settings
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if whatsapp_accounts is not UNSET:
            field_dict["whatsapp_accounts"] = whatsapp_accounts
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if main_branch_id is not UNSET:
            field_dict["main_branch_id"] = main_branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        name = d.pop("name")

        conversation_config = ConvaiConversationConfigOutput.from_dict(d.pop("conversation_config"))

        metadata = ConvaiAgentMetadata.from_dict(d.pop("metadata"))

        _platform_settings = d.pop("platform_settings", UNSET)
        platform_settings: ConvaiPlatformSettings | Unset
        if isinstance(_platform_settings, Unset):
            platform_settings = UNSET
        else:
            platform_settings = ConvaiPlatformSettings.from_dict(_platform_settings)

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: (
            list[ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel] | Unset
        ) = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:

                def _parse_phone_numbers_item(
                    data: object,
                ) -> ConvaiPhoneSipTrunkNumber | ConvaiPhoneTwilioNumber | GetPhoneNumberExotelResponseModel:
                    if isinstance(data, dict):
                        if data.get("provider") == "twilio":
                            componentsschemas_convai_phone_number_type_0 = ConvaiPhoneTwilioNumber.from_dict(data)

                            return componentsschemas_convai_phone_number_type_0
                        if data.get("provider") == "exotel":
                            componentsschemas_convai_phone_number_type_1 = GetPhoneNumberExotelResponseModel.from_dict(
                                data
                            )

                            return componentsschemas_convai_phone_number_type_1
                        if data.get("provider") == "sip_trunk":
                            componentsschemas_convai_phone_number_type_2 = ConvaiPhoneSipTrunkNumber.from_dict(data)

                            return componentsschemas_convai_phone_number_type_2

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_phone_number_type_0 = ConvaiPhoneTwilioNumber.from_dict(data)

                        return componentsschemas_convai_phone_number_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_convai_phone_number_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                        return componentsschemas_convai_phone_number_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_convai_phone_number_type_2 = ConvaiPhoneSipTrunkNumber.from_dict(data)

                    return componentsschemas_convai_phone_number_type_2

                phone_numbers_item = _parse_phone_numbers_item(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _whatsapp_accounts = d.pop("whatsapp_accounts", UNSET)
        whatsapp_accounts: list[GetWhatsAppAccountResponse] | Unset = UNSET
        if _whatsapp_accounts is not UNSET:
            whatsapp_accounts = []
            for whatsapp_accounts_item_data in _whatsapp_accounts:
                whatsapp_accounts_item = GetWhatsAppAccountResponse.from_dict(whatsapp_accounts_item_data)

                whatsapp_accounts.append(whatsapp_accounts_item)

        _workflow = d.pop("workflow", UNSET)
        workflow: AgentWorkflowResponseModel | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = AgentWorkflowResponseModel.from_dict(_workflow)

        def _parse_access_info(data: object) -> ConvaiResourceAccessInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_info_type_0 = ConvaiResourceAccessInfo.from_dict(data)

                return access_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiResourceAccessInfo | None | Unset, data)

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_main_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_branch_id = _parse_main_branch_id(d.pop("main_branch_id", UNSET))

        convai_agent = cls(
            agent_id=agent_id,
            name=name,
            conversation_config=conversation_config,
            metadata=metadata,
            platform_settings=platform_settings,
            phone_numbers=phone_numbers,
            whatsapp_accounts=whatsapp_accounts,
            workflow=workflow,
            access_info=access_info,
            tags=tags,
            version_id=version_id,
            branch_id=branch_id,
            main_branch_id=main_branch_id,
        )

        convai_agent.additional_properties = d
        return convai_agent

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
        AgentWorkflowResponseModel, \
        ConvaiAgentMetadata, \
        ConvaiConversationConfigOutput, \
        ConvaiPhoneSipTrunkNumber, \
        ConvaiPhoneTwilioNumber, \
        ConvaiPlatformSettings, \
        ConvaiResourceAccessInfo, \
        GetPhoneNumberExotelResponseModel, \
        GetWhatsAppAccountResponse
    from ..models.agent_workflow_response_model import AgentWorkflowResponseModel  # noqa: F401
    from ..models.convai_agent_metadata import ConvaiAgentMetadata  # noqa: F401
    from ..models.convai_conversation_config_output import ConvaiConversationConfigOutput  # noqa: F401
    from ..models.convai_phone_sip_trunk_number import ConvaiPhoneSipTrunkNumber  # noqa: F401
    from ..models.convai_phone_twilio_number import ConvaiPhoneTwilioNumber  # noqa: F401
    from ..models.convai_platform_settings import ConvaiPlatformSettings  # noqa: F401
    from ..models.convai_resource_access_info import ConvaiResourceAccessInfo  # noqa: F401
    from ..models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel  # noqa: F401
    from ..models.get_whats_app_account_response import GetWhatsAppAccountResponse  # noqa: F401

    _nested_models_loaded = True
