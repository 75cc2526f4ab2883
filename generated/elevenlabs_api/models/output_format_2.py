from typing import Literal, cast

OutputFormat2 = Literal["markdown", "plain_text"]

OUTPUT_FORMAT_2_VALUES: set[OutputFormat2] = {
    "markdown",
    "plain_text",
}


def check_output_format_2(value: str) -> OutputFormat2:
    """Accept ``value`` as a OutputFormat2.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``OUTPUT_FORMAT_2_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(OutputFormat2, value)
