import { translatorFor } from "../../i18n/translate";
import { resultNotice } from "./resultNotice";

describe("resultNotice", () => {
  it("says how many of the user's references follow their values to the Archive", () => {
    const notice = resultNotice(
      translatorFor("ru"),
      { ok: true, archived: 1, syncs: 3, references: { followed: 2, broken: [] } },
      "Готово."
    );
    expect(notice.intent).toBe("success");
    expect(notice.text).toContain("Archive");
    expect(notice.text).toContain("(2)");
  });

  it("warns, naming the cells, when references became #REF!", () => {
    const broken = ["'Мои заметки'!A1", "Sheet2!B2", "Sheet2!B3", "Sheet2!B4", "Sheet2!B5", "X!A1"];
    const notice = resultNotice(
      translatorFor("en"),
      { ok: true, archived: 0, syncs: 3, references: { followed: 0, broken } },
      "Done."
    );
    expect(notice.intent).toBe("warning");
    expect(notice.text).toContain("#REF!");
    expect(notice.text).toContain("'Мои заметки'!A1");
    expect(notice.text).toContain("Sheet2!B5, …");
    expect(notice.text).not.toContain("X!A1");
  });

  it("is a plain success without references", () => {
    expect(resultNotice(translatorFor("en"), { ok: true, archived: 0, syncs: 3 }, "Done.")).toEqual(
      {
        intent: "success",
        text: "Done.",
      }
    );
  });
});
