from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_error_handling_mode import ToolErrorHandlingMode, check_tool_error_handling_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_calendar_event_params import CancelCalendarEventParams
    from ..models.cancel_group_session_for_all_params import CancelGroupSessionForAllParams
    from ..models.cancel_group_session_registration_params import CancelGroupSessionRegistrationParams
    from ..models.check_service_availability_params import CheckServiceAvailabilityParams
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment
    from ..models.create_agent_procedure_params import CreateAgentProcedureParams
    from ..models.create_agent_rule_params import CreateAgentRuleParams
    from ..models.create_asset_params import CreateAssetParams
    from ..models.create_client_appointment_params import CreateClientAppointmentParams
    from ..models.create_client_interaction_params import CreateClientInteractionParams
    from ..models.create_client_params import CreateClientParams
    from ..models.create_holiday_params import CreateHolidayParams
    from ..models.create_location_params import CreateLocationParams
    from ..models.create_product_params import CreateProductParams
    from ..models.create_service_params import CreateServiceParams
    from ..models.create_staff_params import CreateStaffParams
    from ..models.create_transfer_rule_params import CreateTransferRuleParams
    from ..models.delete_agent_procedure_params import DeleteAgentProcedureParams
    from ..models.delete_agent_rule_params import DeleteAgentRuleParams
    from ..models.delete_asset_params import DeleteAssetParams
    from ..models.delete_calendar_event_params import DeleteCalendarEventParams
    from ..models.delete_client_interaction_params import DeleteClientInteractionParams
    from ..models.delete_client_params import DeleteClientParams
    from ..models.delete_group_session_params import DeleteGroupSessionParams
    from ..models.delete_holiday_params import DeleteHolidayParams
    from ..models.delete_location_params import DeleteLocationParams
    from ..models.delete_product_params import DeleteProductParams
    from ..models.delete_service_params import DeleteServiceParams
    from ..models.delete_staff_params import DeleteStaffParams
    from ..models.delete_transfer_rule_params import DeleteTransferRuleParams
    from ..models.get_analytics_summary_params import GetAnalyticsSummaryParams
    from ..models.get_appointment_by_confirmation_number_params import GetAppointmentByConfirmationNumberParams
    from ..models.get_booking_page_settings_params import GetBookingPageSettingsParams
    from ..models.get_booking_slug_status_params import GetBookingSlugStatusParams
    from ..models.get_client_appointments_params import GetClientAppointmentsParams
    from ..models.get_client_by_phone_params import GetClientByPhoneParams
    from ..models.get_schedule_params import GetScheduleParams
    from ..models.leave_message_params import LeaveMessageParams
    from ..models.list_agent_procedures_params import ListAgentProceduresParams
    from ..models.list_agent_references_params import ListAgentReferencesParams
    from ..models.list_agent_rules_params import ListAgentRulesParams
    from ..models.list_assets_params import ListAssetsParams
    from ..models.list_calendar_events_params import ListCalendarEventsParams
    from ..models.list_client_interactions_params import ListClientInteractionsParams
    from ..models.list_clients_params import ListClientsParams
    from ..models.list_customer_facing_agents_params import ListCustomerFacingAgentsParams
    from ..models.list_group_sessions_params import ListGroupSessionsParams
    from ..models.list_holidays_params import ListHolidaysParams
    from ..models.list_locations_params import ListLocationsParams
    from ..models.list_products_params import ListProductsParams
    from ..models.list_services_params import ListServicesParams
    from ..models.list_staff_params import ListStaffParams
    from ..models.list_transfer_rules_params import ListTransferRulesParams
    from ..models.opt_in_sms_reminder_params import OptInSmsReminderParams
    from ..models.opt_out_sms_reminder_params import OptOutSmsReminderParams
    from ..models.register_for_group_session_params import RegisterForGroupSessionParams
    from ..models.report_knowledge_gap_params import ReportKnowledgeGapParams
    from ..models.restore_calendar_event_params import RestoreCalendarEventParams
    from ..models.schedule_group_session_params import ScheduleGroupSessionParams
    from ..models.search_clients_params import SearchClientsParams
    from ..models.set_booking_slug_params import SetBookingSlugParams
    from ..models.submit_business_info_params import SubmitBusinessInfoParams
    from ..models.trigger_user_verification_params import TriggerUserVerificationParams
    from ..models.update_agent_procedure_params import UpdateAgentProcedureParams
    from ..models.update_agent_rule_params import UpdateAgentRuleParams
    from ..models.update_asset_params import UpdateAssetParams
    from ..models.update_booking_page_appearance_params import UpdateBookingPageAppearanceParams
    from ..models.update_booking_page_settings_params import UpdateBookingPageSettingsParams
    from ..models.update_business_info_params import UpdateBusinessInfoParams
    from ..models.update_calendar_event_params import UpdateCalendarEventParams
    from ..models.update_client_params import UpdateClientParams
    from ..models.update_customer_facing_config_params import UpdateCustomerFacingConfigParams
    from ..models.update_group_session_seats_params import UpdateGroupSessionSeatsParams
    from ..models.update_holiday_params import UpdateHolidayParams
    from ..models.update_location_params import UpdateLocationParams
    from ..models.update_product_params import UpdateProductParams
    from ..models.update_service_params import UpdateServiceParams
    from ..models.update_staff_params import UpdateStaffParams
    from ..models.update_transfer_rule_params import UpdateTransferRuleParams
    from ..models.validate_user_verification_code_params import ValidateUserVerificationCodeParams


T = TypeVar("T", bound="SMBToolConfig")


@_attrs_define
class SMBToolConfig:
    """
    Attributes:
        name (str):
        params (CancelCalendarEventParams | CancelGroupSessionForAllParams | CancelGroupSessionRegistrationParams |
            CheckServiceAvailabilityParams | CreateAgentProcedureParams | CreateAgentRuleParams | CreateAssetParams |
            CreateClientAppointmentParams | CreateClientInteractionParams | CreateClientParams | CreateHolidayParams |
            CreateLocationParams | CreateProductParams | CreateServiceParams | CreateStaffParams | CreateTransferRuleParams
            | DeleteAgentProcedureParams | DeleteAgentRuleParams | DeleteAssetParams | DeleteCalendarEventParams |
            DeleteClientInteractionParams | DeleteClientParams | DeleteGroupSessionParams | DeleteHolidayParams |
            DeleteLocationParams | DeleteProductParams | DeleteServiceParams | DeleteStaffParams | DeleteTransferRuleParams
            | GetAnalyticsSummaryParams | GetAppointmentByConfirmationNumberParams | GetBookingPageSettingsParams |
            GetBookingSlugStatusParams | GetClientAppointmentsParams | GetClientByPhoneParams | GetScheduleParams |
            LeaveMessageParams | ListAgentProceduresParams | ListAgentReferencesParams | ListAgentRulesParams |
            ListAssetsParams | ListCalendarEventsParams | ListClientInteractionsParams | ListClientsParams |
            ListCustomerFacingAgentsParams | ListGroupSessionsParams | ListHolidaysParams | ListLocationsParams |
            ListProductsParams | ListServicesParams | ListStaffParams | ListTransferRulesParams | OptInSmsReminderParams |
            OptOutSmsReminderParams | RegisterForGroupSessionParams | ReportKnowledgeGapParams | RestoreCalendarEventParams
            | ScheduleGroupSessionParams | SearchClientsParams | SetBookingSlugParams | SubmitBusinessInfoParams |
            TriggerUserVerificationParams | UpdateAgentProcedureParams | UpdateAgentRuleParams | UpdateAssetParams |
            UpdateBookingPageAppearanceParams | UpdateBookingPageSettingsParams | UpdateBusinessInfoParams |
            UpdateCalendarEventParams | UpdateClientParams | UpdateCustomerFacingConfigParams |
            UpdateGroupSessionSeatsParams | UpdateHolidayParams | UpdateLocationParams | UpdateProductParams |
            UpdateServiceParams | UpdateStaffParams | UpdateTransferRuleParams | ValidateUserVerificationCodeParams):
        type_ (Literal['smb'] | Unset):  Default: 'smb'.
        description (str | Unset):  Default: ''.
        response_timeout_secs (int | Unset):  Default: 20.
        disable_interruptions (bool | Unset):  Default: False.
        interruption_mode (ToolInterruptionMode | Unset):  Default: 'allow'.
        force_pre_tool_speech (bool | Unset):  Default: False.
        pre_tool_speech (PreToolSpeechMode | Unset):  Default: 'auto'.
        assignments (list[ConvaiDynamicVariableAssignment] | Unset):
        tool_call_sound (None | ToolCallSoundType | Unset):
        tool_call_sound_behavior (ToolCallSoundBehavior | Unset):  Default: 'auto'.
        tool_error_handling_mode (ToolErrorHandlingMode | Unset):  Default: 'auto'.
        human_description (str | Unset):  Default: ''.
        enabled (bool | Unset):  Default: True.
    """

    name: str
    params: (
        CancelCalendarEventParams
        | CancelGroupSessionForAllParams
        | CancelGroupSessionRegistrationParams
        | CheckServiceAvailabilityParams
        | CreateAgentProcedureParams
        | CreateAgentRuleParams
        | CreateAssetParams
        | CreateClientAppointmentParams
        | CreateClientInteractionParams
        | CreateClientParams
        | CreateHolidayParams
        | CreateLocationParams
        | CreateProductParams
        | CreateServiceParams
        | CreateStaffParams
        | CreateTransferRuleParams
        | DeleteAgentProcedureParams
        | DeleteAgentRuleParams
        | DeleteAssetParams
        | DeleteCalendarEventParams
        | DeleteClientInteractionParams
        | DeleteClientParams
        | DeleteGroupSessionParams
        | DeleteHolidayParams
        | DeleteLocationParams
        | DeleteProductParams
        | DeleteServiceParams
        | DeleteStaffParams
        | DeleteTransferRuleParams
        | GetAnalyticsSummaryParams
        | GetAppointmentByConfirmationNumberParams
        | GetBookingPageSettingsParams
        | GetBookingSlugStatusParams
        | GetClientAppointmentsParams
        | GetClientByPhoneParams
        | GetScheduleParams
        | LeaveMessageParams
        | ListAgentProceduresParams
        | ListAgentReferencesParams
        | ListAgentRulesParams
        | ListAssetsParams
        | ListCalendarEventsParams
        | ListClientInteractionsParams
        | ListClientsParams
        | ListCustomerFacingAgentsParams
        | ListGroupSessionsParams
        | ListHolidaysParams
        | ListLocationsParams
        | ListProductsParams
        | ListServicesParams
        | ListStaffParams
        | ListTransferRulesParams
        | OptInSmsReminderParams
        | OptOutSmsReminderParams
        | RegisterForGroupSessionParams
        | ReportKnowledgeGapParams
        | RestoreCalendarEventParams
        | ScheduleGroupSessionParams
        | SearchClientsParams
        | SetBookingSlugParams
        | SubmitBusinessInfoParams
        | TriggerUserVerificationParams
        | UpdateAgentProcedureParams
        | UpdateAgentRuleParams
        | UpdateAssetParams
        | UpdateBookingPageAppearanceParams
        | UpdateBookingPageSettingsParams
        | UpdateBusinessInfoParams
        | UpdateCalendarEventParams
        | UpdateClientParams
        | UpdateCustomerFacingConfigParams
        | UpdateGroupSessionSeatsParams
        | UpdateHolidayParams
        | UpdateLocationParams
        | UpdateProductParams
        | UpdateServiceParams
        | UpdateStaffParams
        | UpdateTransferRuleParams
        | ValidateUserVerificationCodeParams
    )
    type_: Literal["smb"] | Unset = "smb"
    description: str | Unset = ""
    response_timeout_secs: int | Unset = 20
    disable_interruptions: bool | Unset = False
    interruption_mode: ToolInterruptionMode | Unset = "allow"
    force_pre_tool_speech: bool | Unset = False
    pre_tool_speech: PreToolSpeechMode | Unset = "auto"
    assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
    tool_call_sound: None | ToolCallSoundType | Unset = UNSET
    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = "auto"
    tool_error_handling_mode: ToolErrorHandlingMode | Unset = "auto"
    human_description: str | Unset = ""
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        name = self.name

        params: dict[str, Any]
        if isinstance(self.params, SearchClientsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListClientsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetClientByPhoneParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateClientParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateClientParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteClientParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListStaffParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateStaffParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateStaffParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteStaffParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListAssetsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateAssetParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateAssetParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteAssetParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListServicesParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateServiceParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateServiceParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteServiceParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListProductsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateProductParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateProductParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteProductParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CheckServiceAvailabilityParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateClientAppointmentParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetClientAppointmentsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetAppointmentByConfirmationNumberParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListGroupSessionsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ScheduleGroupSessionParams):
            params = self.params.to_dict()
        elif isinstance(self.params, RegisterForGroupSessionParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CancelGroupSessionRegistrationParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateGroupSessionSeatsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CancelGroupSessionForAllParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteGroupSessionParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListCalendarEventsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateCalendarEventParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CancelCalendarEventParams):
            params = self.params.to_dict()
        elif isinstance(self.params, RestoreCalendarEventParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteCalendarEventParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListCustomerFacingAgentsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListAgentRulesParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateAgentRuleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateAgentRuleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteAgentRuleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListTransferRulesParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateTransferRuleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateTransferRuleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteTransferRuleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListAgentProceduresParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListAgentReferencesParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateAgentProcedureParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateAgentProcedureParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteAgentProcedureParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListHolidaysParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateHolidayParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateHolidayParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteHolidayParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetScheduleParams):
            params = self.params.to_dict()
        elif isinstance(self.params, SubmitBusinessInfoParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateBusinessInfoParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateCustomerFacingConfigParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetAnalyticsSummaryParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetBookingPageSettingsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateBookingPageSettingsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateBookingPageAppearanceParams):
            params = self.params.to_dict()
        elif isinstance(self.params, GetBookingSlugStatusParams):
            params = self.params.to_dict()
        elif isinstance(self.params, SetBookingSlugParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListClientInteractionsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateClientInteractionParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteClientInteractionParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ListLocationsParams):
            params = self.params.to_dict()
        elif isinstance(self.params, CreateLocationParams):
            params = self.params.to_dict()
        elif isinstance(self.params, UpdateLocationParams):
            params = self.params.to_dict()
        elif isinstance(self.params, DeleteLocationParams):
            params = self.params.to_dict()
        elif isinstance(self.params, LeaveMessageParams):
            params = self.params.to_dict()
        elif isinstance(self.params, ReportKnowledgeGapParams):
            params = self.params.to_dict()
        elif isinstance(self.params, OptInSmsReminderParams):
            params = self.params.to_dict()
        elif isinstance(self.params, OptOutSmsReminderParams):
            params = self.params.to_dict()
        elif isinstance(self.params, TriggerUserVerificationParams):
            params = self.params.to_dict()
        else:
            params = self.params.to_dict()

        type_ = self.type_

        description = self.description

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: str | Unset = UNSET
        if not isinstance(self.interruption_mode, Unset):
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: str | Unset = UNSET
        if not isinstance(self.pre_tool_speech, Unset):
            pre_tool_speech = self.pre_tool_speech

        assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        tool_call_sound: None | str | Unset
        if isinstance(self.tool_call_sound, Unset):
            tool_call_sound = UNSET
        elif isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: str | Unset = UNSET
        if not isinstance(self.tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: str | Unset = UNSET
        if not isinstance(self.tool_error_handling_mode, Unset):
            tool_error_handling_mode = self.tool_error_handling_mode

        human_description = self.human_description

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "params": params,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if tool_error_handling_mode is not UNSET:
            field_dict["tool_error_handling_mode"] = tool_error_handling_mode
        if human_description is not UNSET:
            field_dict["human_description"] = human_description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_params(
            data: object,
        ) -> (
            CancelCalendarEventParams
            | CancelGroupSessionForAllParams
            | CancelGroupSessionRegistrationParams
            | CheckServiceAvailabilityParams
            | CreateAgentProcedureParams
            | CreateAgentRuleParams
            | CreateAssetParams
            | CreateClientAppointmentParams
            | CreateClientInteractionParams
            | CreateClientParams
            | CreateHolidayParams
            | CreateLocationParams
            | CreateProductParams
            | CreateServiceParams
            | CreateStaffParams
            | CreateTransferRuleParams
            | DeleteAgentProcedureParams
            | DeleteAgentRuleParams
            | DeleteAssetParams
            | DeleteCalendarEventParams
            | DeleteClientInteractionParams
            | DeleteClientParams
            | DeleteGroupSessionParams
            | DeleteHolidayParams
            | DeleteLocationParams
            | DeleteProductParams
            | DeleteServiceParams
            | DeleteStaffParams
            | DeleteTransferRuleParams
            | GetAnalyticsSummaryParams
            | GetAppointmentByConfirmationNumberParams
            | GetBookingPageSettingsParams
            | GetBookingSlugStatusParams
            | GetClientAppointmentsParams
            | GetClientByPhoneParams
            | GetScheduleParams
            | LeaveMessageParams
            | ListAgentProceduresParams
            | ListAgentReferencesParams
            | ListAgentRulesParams
            | ListAssetsParams
            | ListCalendarEventsParams
            | ListClientInteractionsParams
            | ListClientsParams
            | ListCustomerFacingAgentsParams
            | ListGroupSessionsParams
            | ListHolidaysParams
            | ListLocationsParams
            | ListProductsParams
            | ListServicesParams
            | ListStaffParams
            | ListTransferRulesParams
            | OptInSmsReminderParams
            | OptOutSmsReminderParams
            | RegisterForGroupSessionParams
            | ReportKnowledgeGapParams
            | RestoreCalendarEventParams
            | ScheduleGroupSessionParams
            | SearchClientsParams
            | SetBookingSlugParams
            | SubmitBusinessInfoParams
            | TriggerUserVerificationParams
            | UpdateAgentProcedureParams
            | UpdateAgentRuleParams
            | UpdateAssetParams
            | UpdateBookingPageAppearanceParams
            | UpdateBookingPageSettingsParams
            | UpdateBusinessInfoParams
            | UpdateCalendarEventParams
            | UpdateClientParams
            | UpdateCustomerFacingConfigParams
            | UpdateGroupSessionSeatsParams
            | UpdateHolidayParams
            | UpdateLocationParams
            | UpdateProductParams
            | UpdateServiceParams
            | UpdateStaffParams
            | UpdateTransferRuleParams
            | ValidateUserVerificationCodeParams
        ):
            if isinstance(data, dict):
                if data.get("smb_tool_type") == "search_clients":
                    params_type_0 = SearchClientsParams.from_dict(data)

                    return params_type_0
                if data.get("smb_tool_type") == "list_clients":
                    params_type_1 = ListClientsParams.from_dict(data)

                    return params_type_1
                if data.get("smb_tool_type") == "get_client_by_phone":
                    params_type_2 = GetClientByPhoneParams.from_dict(data)

                    return params_type_2
                if data.get("smb_tool_type") == "create_client":
                    params_type_3 = CreateClientParams.from_dict(data)

                    return params_type_3
                if data.get("smb_tool_type") == "update_client":
                    params_type_4 = UpdateClientParams.from_dict(data)

                    return params_type_4
                if data.get("smb_tool_type") == "delete_client":
                    params_type_5 = DeleteClientParams.from_dict(data)

                    return params_type_5
                if data.get("smb_tool_type") == "list_staff":
                    params_type_6 = ListStaffParams.from_dict(data)

                    return params_type_6
                if data.get("smb_tool_type") == "create_staff":
                    params_type_7 = CreateStaffParams.from_dict(data)

                    return params_type_7
                if data.get("smb_tool_type") == "update_staff":
                    params_type_8 = UpdateStaffParams.from_dict(data)

                    return params_type_8
                if data.get("smb_tool_type") == "delete_staff":
                    params_type_9 = DeleteStaffParams.from_dict(data)

                    return params_type_9
                if data.get("smb_tool_type") == "list_assets":
                    params_type_10 = ListAssetsParams.from_dict(data)

                    return params_type_10
                if data.get("smb_tool_type") == "create_asset":
                    params_type_11 = CreateAssetParams.from_dict(data)

                    return params_type_11
                if data.get("smb_tool_type") == "update_asset":
                    params_type_12 = UpdateAssetParams.from_dict(data)

                    return params_type_12
                if data.get("smb_tool_type") == "delete_asset":
                    params_type_13 = DeleteAssetParams.from_dict(data)

                    return params_type_13
                if data.get("smb_tool_type") == "list_services":
                    params_type_14 = ListServicesParams.from_dict(data)

                    return params_type_14
                if data.get("smb_tool_type") == "create_service":
                    params_type_15 = CreateServiceParams.from_dict(data)

                    return params_type_15
                if data.get("smb_tool_type") == "update_service":
                    params_type_16 = UpdateServiceParams.from_dict(data)

                    return params_type_16
                if data.get("smb_tool_type") == "delete_service":
                    params_type_17 = DeleteServiceParams.from_dict(data)

                    return params_type_17
                if data.get("smb_tool_type") == "list_products":
                    params_type_18 = ListProductsParams.from_dict(data)

                    return params_type_18
                if data.get("smb_tool_type") == "create_product":
                    params_type_19 = CreateProductParams.from_dict(data)

                    return params_type_19
                if data.get("smb_tool_type") == "update_product":
                    params_type_20 = UpdateProductParams.from_dict(data)

                    return params_type_20
                if data.get("smb_tool_type") == "delete_product":
                    params_type_21 = DeleteProductParams.from_dict(data)

                    return params_type_21
                if data.get("smb_tool_type") == "check_service_availability":
                    params_type_22 = CheckServiceAvailabilityParams.from_dict(data)

                    return params_type_22
                if data.get("smb_tool_type") == "create_client_appointment":
                    params_type_23 = CreateClientAppointmentParams.from_dict(data)

                    return params_type_23
                if data.get("smb_tool_type") == "get_client_appointments":
                    params_type_24 = GetClientAppointmentsParams.from_dict(data)

                    return params_type_24
                if data.get("smb_tool_type") == "get_appointment_by_confirmation_number":
                    params_type_25 = GetAppointmentByConfirmationNumberParams.from_dict(data)

                    return params_type_25
                if data.get("smb_tool_type") == "list_group_sessions":
                    params_type_26 = ListGroupSessionsParams.from_dict(data)

                    return params_type_26
                if data.get("smb_tool_type") == "schedule_group_session":
                    params_type_27 = ScheduleGroupSessionParams.from_dict(data)

                    return params_type_27
                if data.get("smb_tool_type") == "register_for_group_session":
                    params_type_28 = RegisterForGroupSessionParams.from_dict(data)

                    return params_type_28
                if data.get("smb_tool_type") == "cancel_group_session_registration":
                    params_type_29 = CancelGroupSessionRegistrationParams.from_dict(data)

                    return params_type_29
                if data.get("smb_tool_type") == "update_group_session_seats":
                    params_type_30 = UpdateGroupSessionSeatsParams.from_dict(data)

                    return params_type_30
                if data.get("smb_tool_type") == "cancel_group_session_for_all":
                    params_type_31 = CancelGroupSessionForAllParams.from_dict(data)

                    return params_type_31
                if data.get("smb_tool_type") == "delete_group_session":
                    params_type_32 = DeleteGroupSessionParams.from_dict(data)

                    return params_type_32
                if data.get("smb_tool_type") == "list_calendar_events":
                    params_type_33 = ListCalendarEventsParams.from_dict(data)

                    return params_type_33
                if data.get("smb_tool_type") == "update_calendar_event":
                    params_type_34 = UpdateCalendarEventParams.from_dict(data)

                    return params_type_34
                if data.get("smb_tool_type") == "cancel_calendar_event":
                    params_type_35 = CancelCalendarEventParams.from_dict(data)

                    return params_type_35
                if data.get("smb_tool_type") == "restore_calendar_event":
                    params_type_36 = RestoreCalendarEventParams.from_dict(data)

                    return params_type_36
                if data.get("smb_tool_type") == "delete_calendar_event":
                    params_type_37 = DeleteCalendarEventParams.from_dict(data)

                    return params_type_37
                if data.get("smb_tool_type") == "list_customer_facing_agents":
                    params_type_38 = ListCustomerFacingAgentsParams.from_dict(data)

                    return params_type_38
                if data.get("smb_tool_type") == "list_agent_rules":
                    params_type_39 = ListAgentRulesParams.from_dict(data)

                    return params_type_39
                if data.get("smb_tool_type") == "create_agent_rule":
                    params_type_40 = CreateAgentRuleParams.from_dict(data)

                    return params_type_40
                if data.get("smb_tool_type") == "update_agent_rule":
                    params_type_41 = UpdateAgentRuleParams.from_dict(data)

                    return params_type_41
                if data.get("smb_tool_type") == "delete_agent_rule":
                    params_type_42 = DeleteAgentRuleParams.from_dict(data)

                    return params_type_42
                if data.get("smb_tool_type") == "list_transfer_rules":
                    params_type_43 = ListTransferRulesParams.from_dict(data)

                    return params_type_43
                if data.get("smb_tool_type") == "create_transfer_rule":
                    params_type_44 = CreateTransferRuleParams.from_dict(data)

                    return params_type_44
                if data.get("smb_tool_type") == "update_transfer_rule":
                    params_type_45 = UpdateTransferRuleParams.from_dict(data)

                    return params_type_45
                if data.get("smb_tool_type") == "delete_transfer_rule":
                    params_type_46 = DeleteTransferRuleParams.from_dict(data)

                    return params_type_46
                if data.get("smb_tool_type") == "list_agent_procedures":
                    params_type_47 = ListAgentProceduresParams.from_dict(data)

                    return params_type_47
                if data.get("smb_tool_type") == "list_agent_references":
                    params_type_48 = ListAgentReferencesParams.from_dict(data)

                    return params_type_48
                if data.get("smb_tool_type") == "create_agent_procedure":
                    params_type_49 = CreateAgentProcedureParams.from_dict(data)

                    return params_type_49
                if data.get("smb_tool_type") == "update_agent_procedure":
                    params_type_50 = UpdateAgentProcedureParams.from_dict(data)

                    return params_type_50
                if data.get("smb_tool_type") == "delete_agent_procedure":
                    params_type_51 = DeleteAgentProcedureParams.from_dict(data)

                    return params_type_51
                if data.get("smb_tool_type") == "list_holidays":
                    params_type_52 = ListHolidaysParams.from_dict(data)

                    return params_type_52
                if data.get("smb_tool_type") == "create_holiday":
                    params_type_53 = CreateHolidayParams.from_dict(data)

                    return params_type_53
                if data.get("smb_tool_type") == "update_holiday":
                    params_type_54 = UpdateHolidayParams.from_dict(data)

                    return params_type_54
                if data.get("smb_tool_type") == "delete_holiday":
                    params_type_55 = DeleteHolidayParams.from_dict(data)

                    return params_type_55
                if data.get("smb_tool_type") == "get_schedule":
                    params_type_56 = GetScheduleParams.from_dict(data)

                    return params_type_56
                if data.get("smb_tool_type") == "submit_business_info":
                    params_type_57 = SubmitBusinessInfoParams.from_dict(data)

                    return params_type_57
                if data.get("smb_tool_type") == "update_business_info":
                    params_type_58 = UpdateBusinessInfoParams.from_dict(data)

                    return params_type_58
                if data.get("smb_tool_type") == "update_customer_facing_config":
                    params_type_59 = UpdateCustomerFacingConfigParams.from_dict(data)

                    return params_type_59
                if data.get("smb_tool_type") == "get_analytics_summary":
                    params_type_60 = GetAnalyticsSummaryParams.from_dict(data)

                    return params_type_60
                if data.get("smb_tool_type") == "get_booking_page_settings":
                    params_type_61 = GetBookingPageSettingsParams.from_dict(data)

                    return params_type_61
                if data.get("smb_tool_type") == "update_booking_page_settings":
                    params_type_62 = UpdateBookingPageSettingsParams.from_dict(data)

                    return params_type_62
                if data.get("smb_tool_type") == "update_booking_page_appearance":
                    params_type_63 = UpdateBookingPageAppearanceParams.from_dict(data)

                    return params_type_63
                if data.get("smb_tool_type") == "get_booking_slug_status":
                    params_type_64 = GetBookingSlugStatusParams.from_dict(data)

                    return params_type_64
                if data.get("smb_tool_type") == "set_booking_slug":
                    params_type_65 = SetBookingSlugParams.from_dict(data)

                    return params_type_65
                if data.get("smb_tool_type") == "list_client_interactions":
                    params_type_66 = ListClientInteractionsParams.from_dict(data)

                    return params_type_66
                if data.get("smb_tool_type") == "create_client_interaction":
                    params_type_67 = CreateClientInteractionParams.from_dict(data)

                    return params_type_67
                if data.get("smb_tool_type") == "delete_client_interaction":
                    params_type_68 = DeleteClientInteractionParams.from_dict(data)

                    return params_type_68
                if data.get("smb_tool_type") == "list_locations":
                    params_type_69 = ListLocationsParams.from_dict(data)

                    return params_type_69
                if data.get("smb_tool_type") == "create_location":
                    params_type_70 = CreateLocationParams.from_dict(data)

                    return params_type_70
                if data.get("smb_tool_type") == "update_location":
                    params_type_71 = UpdateLocationParams.from_dict(data)

                    return params_type_71
                if data.get("smb_tool_type") == "delete_location":
                    params_type_72 = DeleteLocationParams.from_dict(data)

                    return params_type_72
                if data.get("smb_tool_type") == "leave_message":
                    params_type_73 = LeaveMessageParams.from_dict(data)

                    return params_type_73
                if data.get("smb_tool_type") == "report_knowledge_gap":
                    params_type_74 = ReportKnowledgeGapParams.from_dict(data)

                    return params_type_74
                if data.get("smb_tool_type") == "opt_in_sms_reminder":
                    params_type_75 = OptInSmsReminderParams.from_dict(data)

                    return params_type_75
                if data.get("smb_tool_type") == "opt_out_sms_reminder":
                    params_type_76 = OptOutSmsReminderParams.from_dict(data)

                    return params_type_76
                if data.get("smb_tool_type") == "trigger_user_verification":
                    params_type_77 = TriggerUserVerificationParams.from_dict(data)

                    return params_type_77
                if data.get("smb_tool_type") == "validate_user_verification_code":
                    params_type_78 = ValidateUserVerificationCodeParams.from_dict(data)

                    return params_type_78

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = SearchClientsParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_1 = ListClientsParams.from_dict(data)

                return params_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_2 = GetClientByPhoneParams.from_dict(data)

                return params_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_3 = CreateClientParams.from_dict(data)

                return params_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_4 = UpdateClientParams.from_dict(data)

                return params_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_5 = DeleteClientParams.from_dict(data)

                return params_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_6 = ListStaffParams.from_dict(data)

                return params_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_7 = CreateStaffParams.from_dict(data)

                return params_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_8 = UpdateStaffParams.from_dict(data)

                return params_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_9 = DeleteStaffParams.from_dict(data)

                return params_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_10 = ListAssetsParams.from_dict(data)

                return params_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_11 = CreateAssetParams.from_dict(data)

                return params_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_12 = UpdateAssetParams.from_dict(data)

                return params_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_13 = DeleteAssetParams.from_dict(data)

                return params_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_14 = ListServicesParams.from_dict(data)

                return params_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_15 = CreateServiceParams.from_dict(data)

                return params_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_16 = UpdateServiceParams.from_dict(data)

                return params_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_17 = DeleteServiceParams.from_dict(data)

                return params_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_18 = ListProductsParams.from_dict(data)

                return params_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_19 = CreateProductParams.from_dict(data)

                return params_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_20 = UpdateProductParams.from_dict(data)

                return params_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_21 = DeleteProductParams.from_dict(data)

                return params_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_22 = CheckServiceAvailabilityParams.from_dict(data)

                return params_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_23 = CreateClientAppointmentParams.from_dict(data)

                return params_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_24 = GetClientAppointmentsParams.from_dict(data)

                return params_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_25 = GetAppointmentByConfirmationNumberParams.from_dict(data)

                return params_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_26 = ListGroupSessionsParams.from_dict(data)

                return params_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_27 = ScheduleGroupSessionParams.from_dict(data)

                return params_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_28 = RegisterForGroupSessionParams.from_dict(data)

                return params_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_29 = CancelGroupSessionRegistrationParams.from_dict(data)

                return params_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_30 = UpdateGroupSessionSeatsParams.from_dict(data)

                return params_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_31 = CancelGroupSessionForAllParams.from_dict(data)

                return params_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_32 = DeleteGroupSessionParams.from_dict(data)

                return params_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_33 = ListCalendarEventsParams.from_dict(data)

                return params_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_34 = UpdateCalendarEventParams.from_dict(data)

                return params_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_35 = CancelCalendarEventParams.from_dict(data)

                return params_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_36 = RestoreCalendarEventParams.from_dict(data)

                return params_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_37 = DeleteCalendarEventParams.from_dict(data)

                return params_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_38 = ListCustomerFacingAgentsParams.from_dict(data)

                return params_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_39 = ListAgentRulesParams.from_dict(data)

                return params_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_40 = CreateAgentRuleParams.from_dict(data)

                return params_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_41 = UpdateAgentRuleParams.from_dict(data)

                return params_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_42 = DeleteAgentRuleParams.from_dict(data)

                return params_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_43 = ListTransferRulesParams.from_dict(data)

                return params_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_44 = CreateTransferRuleParams.from_dict(data)

                return params_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_45 = UpdateTransferRuleParams.from_dict(data)

                return params_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_46 = DeleteTransferRuleParams.from_dict(data)

                return params_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_47 = ListAgentProceduresParams.from_dict(data)

                return params_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_48 = ListAgentReferencesParams.from_dict(data)

                return params_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_49 = CreateAgentProcedureParams.from_dict(data)

                return params_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_50 = UpdateAgentProcedureParams.from_dict(data)

                return params_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_51 = DeleteAgentProcedureParams.from_dict(data)

                return params_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_52 = ListHolidaysParams.from_dict(data)

                return params_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_53 = CreateHolidayParams.from_dict(data)

                return params_type_53
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_54 = UpdateHolidayParams.from_dict(data)

                return params_type_54
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_55 = DeleteHolidayParams.from_dict(data)

                return params_type_55
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_56 = GetScheduleParams.from_dict(data)

                return params_type_56
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_57 = SubmitBusinessInfoParams.from_dict(data)

                return params_type_57
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_58 = UpdateBusinessInfoParams.from_dict(data)

                return params_type_58
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_59 = UpdateCustomerFacingConfigParams.from_dict(data)

                return params_type_59
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_60 = GetAnalyticsSummaryParams.from_dict(data)

                return params_type_60
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_61 = GetBookingPageSettingsParams.from_dict(data)

                return params_type_61
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_62 = UpdateBookingPageSettingsParams.from_dict(data)

                return params_type_62
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_63 = UpdateBookingPageAppearanceParams.from_dict(data)

                return params_type_63
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_64 = GetBookingSlugStatusParams.from_dict(data)

                return params_type_64
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_65 = SetBookingSlugParams.from_dict(data)

                return params_type_65
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_66 = ListClientInteractionsParams.from_dict(data)

                return params_type_66
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_67 = CreateClientInteractionParams.from_dict(data)

                return params_type_67
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_68 = DeleteClientInteractionParams.from_dict(data)

                return params_type_68
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_69 = ListLocationsParams.from_dict(data)

                return params_type_69
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_70 = CreateLocationParams.from_dict(data)

                return params_type_70
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_71 = UpdateLocationParams.from_dict(data)

                return params_type_71
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_72 = DeleteLocationParams.from_dict(data)

                return params_type_72
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_73 = LeaveMessageParams.from_dict(data)

                return params_type_73
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_74 = ReportKnowledgeGapParams.from_dict(data)

                return params_type_74
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_75 = OptInSmsReminderParams.from_dict(data)

                return params_type_75
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_76 = OptOutSmsReminderParams.from_dict(data)

                return params_type_76
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_77 = TriggerUserVerificationParams.from_dict(data)

                return params_type_77
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            params_type_78 = ValidateUserVerificationCodeParams.from_dict(data)

            return params_type_78

        params = _parse_params(d.pop("params"))

        type_ = cast(Literal["smb"] | Unset, d.pop("type", UNSET))
        if type_ != "smb" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'smb', got '{type_}'")

        description = d.pop("description", UNSET)

        response_timeout_secs = d.pop("response_timeout_secs", UNSET)

        disable_interruptions = d.pop("disable_interruptions", UNSET)

        _interruption_mode = d.pop("interruption_mode", UNSET)
        interruption_mode: ToolInterruptionMode | Unset
        if isinstance(_interruption_mode, Unset):
            interruption_mode = UNSET
        else:
            interruption_mode = check_tool_interruption_mode(_interruption_mode)

        force_pre_tool_speech = d.pop("force_pre_tool_speech", UNSET)

        _pre_tool_speech = d.pop("pre_tool_speech", UNSET)
        pre_tool_speech: PreToolSpeechMode | Unset
        if isinstance(_pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        else:
            pre_tool_speech = check_pre_tool_speech_mode(_pre_tool_speech)

        _assignments = d.pop("assignments", UNSET)
        assignments: list[ConvaiDynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = ConvaiDynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)

        def _parse_tool_call_sound(data: object) -> None | ToolCallSoundType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_call_sound_type_0 = check_tool_call_sound_type(data)

                return tool_call_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolCallSoundType | Unset, data)

        tool_call_sound = _parse_tool_call_sound(d.pop("tool_call_sound", UNSET))

        _tool_call_sound_behavior = d.pop("tool_call_sound_behavior", UNSET)
        tool_call_sound_behavior: ToolCallSoundBehavior | Unset
        if isinstance(_tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        else:
            tool_call_sound_behavior = check_tool_call_sound_behavior(_tool_call_sound_behavior)

        _tool_error_handling_mode = d.pop("tool_error_handling_mode", UNSET)
        tool_error_handling_mode: ToolErrorHandlingMode | Unset
        if isinstance(_tool_error_handling_mode, Unset):
            tool_error_handling_mode = UNSET
        else:
            tool_error_handling_mode = check_tool_error_handling_mode(_tool_error_handling_mode)

        human_description = d.pop("human_description", UNSET)

        enabled = d.pop("enabled", UNSET)

        smb_tool_config = cls(
            name=name,
            params=params,
            type_=type_,
            description=description,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            assignments=assignments,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            tool_error_handling_mode=tool_error_handling_mode,
            human_description=human_description,
            enabled=enabled,
        )

        smb_tool_config.additional_properties = d
        return smb_tool_config

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
        CancelCalendarEventParams, \
        CancelGroupSessionForAllParams, \
        CancelGroupSessionRegistrationParams, \
        CheckServiceAvailabilityParams, \
        ConvaiDynamicVariableAssignment, \
        CreateAgentProcedureParams, \
        CreateAgentRuleParams, \
        CreateAssetParams, \
        CreateClientAppointmentParams, \
        CreateClientInteractionParams, \
        CreateClientParams, \
        CreateHolidayParams, \
        CreateLocationParams, \
        CreateProductParams, \
        CreateServiceParams, \
        CreateStaffParams, \
        CreateTransferRuleParams, \
        DeleteAgentProcedureParams, \
        DeleteAgentRuleParams, \
        DeleteAssetParams, \
        DeleteCalendarEventParams, \
        DeleteClientInteractionParams, \
        DeleteClientParams, \
        DeleteGroupSessionParams, \
        DeleteHolidayParams, \
        DeleteLocationParams, \
        DeleteProductParams, \
        DeleteServiceParams, \
        DeleteStaffParams, \
        DeleteTransferRuleParams, \
        GetAnalyticsSummaryParams, \
        GetAppointmentByConfirmationNumberParams, \
        GetBookingPageSettingsParams, \
        GetBookingSlugStatusParams, \
        GetClientAppointmentsParams, \
        GetClientByPhoneParams, \
        GetScheduleParams, \
        LeaveMessageParams, \
        ListAgentProceduresParams, \
        ListAgentReferencesParams, \
        ListAgentRulesParams, \
        ListAssetsParams, \
        ListCalendarEventsParams, \
        ListClientInteractionsParams, \
        ListClientsParams, \
        ListCustomerFacingAgentsParams, \
        ListGroupSessionsParams, \
        ListHolidaysParams, \
        ListLocationsParams, \
        ListProductsParams, \
        ListServicesParams, \
        ListStaffParams, \
        ListTransferRulesParams, \
        OptInSmsReminderParams, \
        OptOutSmsReminderParams, \
        RegisterForGroupSessionParams, \
        ReportKnowledgeGapParams, \
        RestoreCalendarEventParams, \
        ScheduleGroupSessionParams, \
        SearchClientsParams, \
        SetBookingSlugParams, \
        SubmitBusinessInfoParams, \
        TriggerUserVerificationParams, \
        UpdateAgentProcedureParams, \
        UpdateAgentRuleParams, \
        UpdateAssetParams, \
        UpdateBookingPageAppearanceParams, \
        UpdateBookingPageSettingsParams, \
        UpdateBusinessInfoParams, \
        UpdateCalendarEventParams, \
        UpdateClientParams, \
        UpdateCustomerFacingConfigParams, \
        UpdateGroupSessionSeatsParams, \
        UpdateHolidayParams, \
        UpdateLocationParams, \
        UpdateProductParams, \
        UpdateServiceParams, \
        UpdateStaffParams, \
        UpdateTransferRuleParams, \
        ValidateUserVerificationCodeParams
    from ..models.cancel_calendar_event_params import CancelCalendarEventParams  # noqa: F401
    from ..models.cancel_group_session_for_all_params import CancelGroupSessionForAllParams  # noqa: F401
    from ..models.cancel_group_session_registration_params import CancelGroupSessionRegistrationParams  # noqa: F401
    from ..models.check_service_availability_params import CheckServiceAvailabilityParams  # noqa: F401
    from ..models.convai_dynamic_variable_assignment import ConvaiDynamicVariableAssignment  # noqa: F401
    from ..models.create_agent_procedure_params import CreateAgentProcedureParams  # noqa: F401
    from ..models.create_agent_rule_params import CreateAgentRuleParams  # noqa: F401
    from ..models.create_asset_params import CreateAssetParams  # noqa: F401
    from ..models.create_client_appointment_params import CreateClientAppointmentParams  # noqa: F401
    from ..models.create_client_interaction_params import CreateClientInteractionParams  # noqa: F401
    from ..models.create_client_params import CreateClientParams  # noqa: F401
    from ..models.create_holiday_params import CreateHolidayParams  # noqa: F401
    from ..models.create_location_params import CreateLocationParams  # noqa: F401
    from ..models.create_product_params import CreateProductParams  # noqa: F401
    from ..models.create_service_params import CreateServiceParams  # noqa: F401
    from ..models.create_staff_params import CreateStaffParams  # noqa: F401
    from ..models.create_transfer_rule_params import CreateTransferRuleParams  # noqa: F401
    from ..models.delete_agent_procedure_params import DeleteAgentProcedureParams  # noqa: F401
    from ..models.delete_agent_rule_params import DeleteAgentRuleParams  # noqa: F401
    from ..models.delete_asset_params import DeleteAssetParams  # noqa: F401
    from ..models.delete_calendar_event_params import DeleteCalendarEventParams  # noqa: F401
    from ..models.delete_client_interaction_params import DeleteClientInteractionParams  # noqa: F401
    from ..models.delete_client_params import DeleteClientParams  # noqa: F401
    from ..models.delete_group_session_params import DeleteGroupSessionParams  # noqa: F401
    from ..models.delete_holiday_params import DeleteHolidayParams  # noqa: F401
    from ..models.delete_location_params import DeleteLocationParams  # noqa: F401
    from ..models.delete_product_params import DeleteProductParams  # noqa: F401
    from ..models.delete_service_params import DeleteServiceParams  # noqa: F401
    from ..models.delete_staff_params import DeleteStaffParams  # noqa: F401
    from ..models.delete_transfer_rule_params import DeleteTransferRuleParams  # noqa: F401
    from ..models.get_analytics_summary_params import GetAnalyticsSummaryParams  # noqa: F401
    from ..models.get_appointment_by_confirmation_number_params import GetAppointmentByConfirmationNumberParams  # noqa: F401
    from ..models.get_booking_page_settings_params import GetBookingPageSettingsParams  # noqa: F401
    from ..models.get_booking_slug_status_params import GetBookingSlugStatusParams  # noqa: F401
    from ..models.get_client_appointments_params import GetClientAppointmentsParams  # noqa: F401
    from ..models.get_client_by_phone_params import GetClientByPhoneParams  # noqa: F401
    from ..models.get_schedule_params import GetScheduleParams  # noqa: F401
    from ..models.leave_message_params import LeaveMessageParams  # noqa: F401
    from ..models.list_agent_procedures_params import ListAgentProceduresParams  # noqa: F401
    from ..models.list_agent_references_params import ListAgentReferencesParams  # noqa: F401
    from ..models.list_agent_rules_params import ListAgentRulesParams  # noqa: F401
    from ..models.list_assets_params import ListAssetsParams  # noqa: F401
    from ..models.list_calendar_events_params import ListCalendarEventsParams  # noqa: F401
    from ..models.list_client_interactions_params import ListClientInteractionsParams  # noqa: F401
    from ..models.list_clients_params import ListClientsParams  # noqa: F401
    from ..models.list_customer_facing_agents_params import ListCustomerFacingAgentsParams  # noqa: F401
    from ..models.list_group_sessions_params import ListGroupSessionsParams  # noqa: F401
    from ..models.list_holidays_params import ListHolidaysParams  # noqa: F401
    from ..models.list_locations_params import ListLocationsParams  # noqa: F401
    from ..models.list_products_params import ListProductsParams  # noqa: F401
    from ..models.list_services_params import ListServicesParams  # noqa: F401
    from ..models.list_staff_params import ListStaffParams  # noqa: F401
    from ..models.list_transfer_rules_params import ListTransferRulesParams  # noqa: F401
    from ..models.opt_in_sms_reminder_params import OptInSmsReminderParams  # noqa: F401
    from ..models.opt_out_sms_reminder_params import OptOutSmsReminderParams  # noqa: F401
    from ..models.register_for_group_session_params import RegisterForGroupSessionParams  # noqa: F401
    from ..models.report_knowledge_gap_params import ReportKnowledgeGapParams  # noqa: F401
    from ..models.restore_calendar_event_params import RestoreCalendarEventParams  # noqa: F401
    from ..models.schedule_group_session_params import ScheduleGroupSessionParams  # noqa: F401
    from ..models.search_clients_params import SearchClientsParams  # noqa: F401
    from ..models.set_booking_slug_params import SetBookingSlugParams  # noqa: F401
    from ..models.submit_business_info_params import SubmitBusinessInfoParams  # noqa: F401
    from ..models.trigger_user_verification_params import TriggerUserVerificationParams  # noqa: F401
    from ..models.update_agent_procedure_params import UpdateAgentProcedureParams  # noqa: F401
    from ..models.update_agent_rule_params import UpdateAgentRuleParams  # noqa: F401
    from ..models.update_asset_params import UpdateAssetParams  # noqa: F401
    from ..models.update_booking_page_appearance_params import UpdateBookingPageAppearanceParams  # noqa: F401
    from ..models.update_booking_page_settings_params import UpdateBookingPageSettingsParams  # noqa: F401
    from ..models.update_business_info_params import UpdateBusinessInfoParams  # noqa: F401
    from ..models.update_calendar_event_params import UpdateCalendarEventParams  # noqa: F401
    from ..models.update_client_params import UpdateClientParams  # noqa: F401
    from ..models.update_customer_facing_config_params import UpdateCustomerFacingConfigParams  # noqa: F401
    from ..models.update_group_session_seats_params import UpdateGroupSessionSeatsParams  # noqa: F401
    from ..models.update_holiday_params import UpdateHolidayParams  # noqa: F401
    from ..models.update_location_params import UpdateLocationParams  # noqa: F401
    from ..models.update_product_params import UpdateProductParams  # noqa: F401
    from ..models.update_service_params import UpdateServiceParams  # noqa: F401
    from ..models.update_staff_params import UpdateStaffParams  # noqa: F401
    from ..models.update_transfer_rule_params import UpdateTransferRuleParams  # noqa: F401
    from ..models.validate_user_verification_code_params import ValidateUserVerificationCodeParams  # noqa: F401

    _nested_models_loaded = True
