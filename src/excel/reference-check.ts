import {
  workbookReferenceLocation,
  type ReferenceProblem,
} from "../domain/config/reference-location";
import type { KamConfig } from "../domain/config/types";
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { FetchBytes } from "./reference-config";

/** What a check takes from the workbook's reference (spec §11): its configuration, or why there is none. */
export interface ReferenceOptions {
  readonly reference?: KamConfig;
  readonly referenceProblem?: { readonly where: string; readonly problem: ReferenceProblem };
}

/**
 * The reference configuration the workbook's Settings row `reference_config` names, for the
 * pane's check: an https URL is fetched and its Config read (the reader is a chunk loaded
 * only then); a file path cannot be opened by a task pane, which the check then says
 * (REFERENCE_UNREACHABLE), as it says a failed fetch. No row, an empty one, or a broken own
 * Config: nothing.
 */
export async function referenceOptions(
  snapshot: WorkbookSnapshot,
  fetchBytes: FetchBytes | undefined
): Promise<ReferenceOptions> {
  const location = workbookReferenceLocation(snapshot);
  switch (location.kind) {
    case "none":
      return {};
    case "path":
      return { referenceProblem: { where: location.path, problem: { kind: "local_path" } } };
    case "url": {
      const { loadReferenceConfig } = await import("./reference-config");
      const loaded = await loadReferenceConfig(location.url, fetchBytes);
      return loaded.ok
        ? { reference: loaded.config }
        : { referenceProblem: { where: location.url, problem: loaded.problem } };
    }
  }
}
