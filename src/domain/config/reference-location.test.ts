import { configTablesFrom, editableGrids } from "../testing/config-tables";
import { DEFAULT_CONFIG } from "./defaults";
import { referenceLocation, referenceUnreachable } from "./reference-location";

describe("the workbook's reference configuration (spec §11)", () => {
  it("reads an https address as a URL, anything else as a path, and an empty cell as none", () => {
    expect(referenceLocation(" https://contoso.sharepoint.com/ref.xlsx ")).toEqual({
      kind: "url",
      url: "https://contoso.sharepoint.com/ref.xlsx",
    });
    expect(referenceLocation("\\\\server\\kam\\ref.xlsx")).toEqual({
      kind: "path",
      path: "\\\\server\\kam\\ref.xlsx",
    });
    expect(referenceLocation("  ")).toEqual({ kind: "none" });
  });

  it("REFERENCE_UNREACHABLE: a warning that says why, in the workbook's language", () => {
    const tables = configTablesFrom(editableGrids(DEFAULT_CONFIG));
    const ru = referenceUnreachable(tables, "C:\\ref.xlsx", { kind: "local_path" }, "ru");
    const en = referenceUnreachable(
      tables,
      "https://x/ref.xlsx",
      { kind: "fetch_failed", detail: "HTTP 404" },
      "en"
    );
    expect([ru.code, ru.severity, en.code, en.severity]).toEqual([
      "REFERENCE_UNREACHABLE",
      "warning",
      "REFERENCE_UNREACHABLE",
      "warning",
    ]);
    expect(ru.message).toContain("C:\\ref.xlsx");
    expect(en.message).toContain("HTTP 404");
  });
});
