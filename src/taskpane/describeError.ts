/**
 * What an exception says, for a person: Office errors as `code: message` (the code helps support),
 * without a trailing full stop (the sentence around it has its own).
 */
export function describeError(error: unknown): string {
  let text = String(error);
  if (typeof error === "object" && error !== null && "message" in error) {
    const { message, code } = error as { message?: unknown; code?: unknown };
    text = typeof message === "string" && message !== "" ? message : text;
    if (typeof code === "string" && code !== "" && !text.includes(code)) text = `${code}: ${text}`;
  }
  return text.replace(/[.\s]+$/, "");
}
