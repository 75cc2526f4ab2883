"""Contract registry of the conversational AI telephony area: imported phone numbers,
outbound calls through Twilio or a SIP trunk, and batch calls."""

from __future__ import annotations

from elevenlabs_api.api.conversational_ai import (
    convai_batch_calls_cancel,
    convai_batch_calls_create,
    convai_batch_calls_get,
    convai_batch_calls_list,
    convai_batch_calls_retry,
    convai_phone_numbers_create,
    convai_phone_numbers_delete,
    convai_phone_numbers_get,
    convai_phone_numbers_list,
    convai_phone_numbers_update,
    convai_sip_trunk_outbound_call,
    convai_twilio_outbound_call,
)
from elevenlabs_api.models import (
    ConvaiBatchCall,
    ConvaiBatchCallDetail,
    ConvaiBatchCallPage,
    ConvaiBatchCallRecipient,
    ConvaiBatchCallSubmit,
    ConvaiPhoneCreated,
    ConvaiPhoneSipTrunkNumber,
    ConvaiPhoneTwilioCreate,
    ConvaiPhoneTwilioNumber,
    ConvaiPhoneUpdate,
    ConvaiTelephonyOutboundCall,
    ConvaiTelephonySipTrunkCallResult,
    ConvaiTelephonyTwilioCallResult,
)

from .support import Op

AGENT_ID = "agent_7Hk2LmQ9pRs4TvW1"
PHONE_NUMBER_ID = "phnum_3Jd8WqLs5NbVc0Zr"
BATCH_ID = "btcal_5Tq1NwLs8KbVc2Xr"
TO_NUMBER = "+15551234567"

# An imported number is either kind; `provider` tells them apart.
PHONE_NUMBER = (ConvaiPhoneTwilioNumber, ConvaiPhoneSipTrunkNumber)
# The API leaves the 200 body of a deletion undescribed: any JSON.
ANY_JSON = object


def outbound_call() -> ConvaiTelephonyOutboundCall:
    return ConvaiTelephonyOutboundCall(agent_id=AGENT_ID, agent_phone_number_id=PHONE_NUMBER_ID, to_number=TO_NUMBER)


OPERATIONS: dict[str, Op] = {
    # outbound calls
    "convai_twilio_outbound_call": Op(
        lambda c: convai_twilio_outbound_call.sync_detailed(client=c, body=outbound_call()),
        ConvaiTelephonyTwilioCallResult,
    ),
    "convai_sip_trunk_outbound_call": Op(
        lambda c: convai_sip_trunk_outbound_call.sync_detailed(client=c, body=outbound_call()),
        ConvaiTelephonySipTrunkCallResult,
    ),
    # phone numbers
    "convai_phone_numbers_list": Op(
        lambda c: convai_phone_numbers_list.sync_detailed(client=c),
        list[ConvaiPhoneTwilioNumber | ConvaiPhoneSipTrunkNumber],
    ),
    "convai_phone_numbers_create": Op(
        lambda c: convai_phone_numbers_create.sync_detailed(
            client=c,
            body=ConvaiPhoneTwilioCreate(
                phone_number=TO_NUMBER, label="Support line", sid="AC0123456789abcdef", token="twilio-token"
            ),
        ),
        ConvaiPhoneCreated,
    ),
    "convai_phone_numbers_get": Op(
        lambda c: convai_phone_numbers_get.sync_detailed(PHONE_NUMBER_ID, client=c), PHONE_NUMBER
    ),
    "convai_phone_numbers_update": Op(
        lambda c: convai_phone_numbers_update.sync_detailed(
            PHONE_NUMBER_ID, client=c, body=ConvaiPhoneUpdate(agent_id=AGENT_ID)
        ),
        PHONE_NUMBER,
    ),
    "convai_phone_numbers_delete": Op(
        lambda c: convai_phone_numbers_delete.sync_detailed(PHONE_NUMBER_ID, client=c), ANY_JSON
    ),
    # batch calls
    "convai_batch_calls_create": Op(
        lambda c: convai_batch_calls_create.sync_detailed(
            client=c,
            body=ConvaiBatchCallSubmit(
                call_name="Appointment reminders",
                agent_id=AGENT_ID,
                agent_phone_number_id=PHONE_NUMBER_ID,
                scheduled_time_unix=None,
                recipients=[ConvaiBatchCallRecipient(phone_number=TO_NUMBER)],
            ),
        ),
        ConvaiBatchCall,
    ),
    "convai_batch_calls_list": Op(lambda c: convai_batch_calls_list.sync_detailed(client=c), ConvaiBatchCallPage),
    "convai_batch_calls_get": Op(
        lambda c: convai_batch_calls_get.sync_detailed(BATCH_ID, client=c), ConvaiBatchCallDetail
    ),
    "convai_batch_calls_cancel": Op(
        lambda c: convai_batch_calls_cancel.sync_detailed(BATCH_ID, client=c), ConvaiBatchCall
    ),
    "convai_batch_calls_retry": Op(
        lambda c: convai_batch_calls_retry.sync_detailed(BATCH_ID, client=c), ConvaiBatchCall
    ),
}
