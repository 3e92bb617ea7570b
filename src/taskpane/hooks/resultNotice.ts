import type { ActionResult } from "../../excel/types";
import type { Translate } from "../../i18n/translate";
import type { Notice } from "./useActionRunner";

/**
 * The notice for a build / apply / upgrade result: success (with how many values went to Archive),
 * or an error that says what happened and what to do, followed by the adapter's own message.
 */
export function resultNotice(t: Translate, result: ActionResult, successText: string): Notice {
  if (result.ok) {
    const archived =
      result.archived > 0 ? ` ${t("result.archived", { count: result.archived })}` : "";
    const refs = result.references;
    const followed =
      refs && refs.followed > 0
        ? ` ${t("result.referencesFollowed", { count: refs.followed })}`
        : "";
    if (refs && refs.broken.length > 0) {
      const cells = refs.broken.slice(0, 5).join(", ") + (refs.broken.length > 5 ? ", …" : "");
      return {
        intent: "warning",
        text: `${successText}${archived}${followed} ${t("result.referencesBroken", {
          count: refs.broken.length,
          cells,
        })}`,
      };
    }
    return { intent: "success", text: `${successText}${archived}${followed}` };
  }
  const detail = result.message.trim();
  const text = t(`failure.${result.reason}`);
  return {
    intent: "error",
    title: t("failure.title"),
    text: detail === "" || text.includes(detail) ? text : `${text} (${detail})`,
  };
}
