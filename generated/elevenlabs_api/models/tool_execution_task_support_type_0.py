from typing import Literal, cast

ToolExecutionTaskSupportType0 = Literal["forbidden", "optional", "required"]

TOOL_EXECUTION_TASK_SUPPORT_TYPE_0_VALUES: set[ToolExecutionTaskSupportType0] = {
    "forbidden",
    "optional",
    "required",
}


def check_tool_execution_task_support_type_0(value: str) -> ToolExecutionTaskSupportType0:
    """Accept ``value`` as a ToolExecutionTaskSupportType0.

    A value the API added after this package was generated is passed through unchanged
    rather than rejected: one new enum value must not make a whole response unreadable.
    Compare against ``TOOL_EXECUTION_TASK_SUPPORT_TYPE_0_VALUES`` to tell known values apart.
    """
    if not isinstance(value, str):
        raise TypeError(f"Unexpected value {value!r}: expected str")
    return cast(ToolExecutionTaskSupportType0, value)
