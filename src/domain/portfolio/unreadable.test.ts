import { unreadableFinding } from "./unreadable";

const REASON = {
  ru: "это не файл .xlsx (не ZIP-архив)",
  en: "not an .xlsx file (not a ZIP archive)",
};

describe("unreadableFinding", () => {
  it("is a FILE_UNREADABLE error with the reader's reason in the asked language, about no cell", () => {
    expect(unreadableFinding(REASON, "ru")).toEqual({
      severity: "error",
      code: "FILE_UNREADABLE",
      sheet: null,
      cell: null,
      name: null,
      message: "Файл не прочитан: это не файл .xlsx (не ZIP-архив).",
    });
    expect(unreadableFinding(REASON, "en").message).toBe(
      "The file could not be read: not an .xlsx file (not a ZIP archive)."
    );
  });
});
