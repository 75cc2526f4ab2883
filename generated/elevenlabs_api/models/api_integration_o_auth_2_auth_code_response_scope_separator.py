from typing import Literal, cast

ApiIntegrationOAuth2AuthCodeResponseScopeSeparator = Literal[" ", ","]

API_INTEGRATION_O_AUTH_2_AUTH_CODE_RESPONSE_SCOPE_SEPARATOR_VALUES: set[
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparator
] = {
    " ",
    ",",
}


def check_api_integration_o_auth_2_auth_code_response_scope_separator(
    value: str,
) -> ApiIntegrationOAuth2AuthCodeResponseScopeSeparator:
    """Accept ``value`` as a ApiIntegrationOAuth2AuthCodeResponseScopeSeparator.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``API_INTEGRATION_O_AUTH_2_AUTH_CODE_RESPONSE_SCOPE_SEPARATOR_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ApiIntegrationOAuth2AuthCodeResponseScopeSeparator, value)
