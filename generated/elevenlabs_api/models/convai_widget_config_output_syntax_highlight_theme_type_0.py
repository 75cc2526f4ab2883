from typing import Literal, cast

ConvaiWidgetConfigOutputSyntaxHighlightThemeType0 = Literal["dark", "light"]

CONVAI_WIDGET_CONFIG_OUTPUT_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES: set[
    ConvaiWidgetConfigOutputSyntaxHighlightThemeType0
] = {
    "dark",
    "light",
}


def check_convai_widget_config_output_syntax_highlight_theme_type_0(
    value: str,
) -> ConvaiWidgetConfigOutputSyntaxHighlightThemeType0:
    """Accept ``value`` as a ConvaiWidgetConfigOutputSyntaxHighlightThemeType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``CONVAI_WIDGET_CONFIG_OUTPUT_SYNTAX_HIGHLIGHT_THEME_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ConvaiWidgetConfigOutputSyntaxHighlightThemeType0, value)
