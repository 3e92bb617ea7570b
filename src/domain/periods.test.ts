import fc from "fast-check";
import {
  addMonths,
  basisBlocks,
  blocks,
  blockSpan,
  dateOfSerial,
  daysInMonth,
  daysInYearMonth,
  edate,
  eomonth,
  excelMonthOf,
  isFiscalBoundary,
  isExcelDate,
  isIsoDate,
  isLeapYear,
  isMonth,
  isoOfDate,
  isoOfSerial,
  isPlanPeriod,
  monthAfterDate,
  monthOf,
  monthOfExcelSerial,
  monthOfIsoDate,
  monthOfSerial,
  monthEntries,
  monthKeys,
  nextMonth,
  planMonths,
  serialOfUnixMs,
  toExcelMonth,
  toMonth,
  unixMsOfSerial,
  serialOfDate,
  serialOfIso,
  PERIOD_MONTHS,
  PLAN_PERIODS,
} from "./periods";

const serial = (iso: string): number => {
  const s = serialOfIso(iso);
  if (s === null) throw new Error(`bad date ${iso}`);
  return s;
};

describe("serial numbers (epoch 1899-12-30)", () => {
  it.each([
    ["1899-12-30", 0],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2000-02-29", 36585],
    ["2027-01-01", 46388],
    ["9999-12-31", 2958465],
  ])("%s is serial %d, as in Excel", (iso, expected) => {
    expect(serial(iso)).toBe(expected);
    expect(isoOfSerial(expected)).toBe(iso);
  });

  it("uses the real calendar below serial 61 (Excel’s fictitious 1900-02-29 is serial 60 there)", () => {
    expect(isoOfSerial(60)).toBe("1900-02-28");
    expect(isoOfSerial(1)).toBe("1899-12-31");
    expect(serialOfIso("1900-02-29")).toBeNull();
  });

  it("handles dates before the epoch", () => {
    expect(serial("1899-12-29")).toBe(-1);
    expect(isoOfSerial(-693593)).toBe("0001-01-01"); // .NET: 1899-12-30 is day 693593 after 0001-01-01
  });

  it("drops a time-of-day fraction", () => {
    expect(isoOfSerial(46388.75)).toBe("2027-01-01");
  });

  it("rolls a day past the month end over like DATE", () => {
    expect(isoOfSerial(serialOfDate(2027, 2, 31))).toBe("2027-03-03");
    expect(isoOfSerial(serialOfDate(2027, 13, 1))).toBe("2028-01-01");
    expect(isoOfSerial(serialOfDate(2027, 0, 1))).toBe("2026-12-01");
  });

  it("round-trips every day over the whole Excel range (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -693593, max: 2958465 }), (s) => {
        const { year, month, day } = dateOfSerial(s);
        expect(serialOfDate(year, month, day)).toBe(s);
        expect(day).toBeLessThanOrEqual(daysInYearMonth(year, month));
        expect(serial(isoOfSerial(s))).toBe(s);
      }),
      { numRuns: 3000 }
    );
  });

  it("consecutive serials are consecutive days", () => {
    for (let s = serial("1999-12-25"); s < serial("2001-01-05"); s++) {
      const a = dateOfSerial(s);
      const b = dateOfSerial(s + 1);
      if (b.day === 1) expect(a.day).toBe(daysInYearMonth(a.year, a.month));
      else expect(b.day).toBe(a.day + 1);
    }
  });

  it("refuses text that is not a real ISO date", () => {
    for (const text of ["2027-02-30", "2027-13-01", "31.02.2027", "", "2027-1-1"])
      expect(serialOfIso(text)).toBeNull();
  });
});

describe("leap years and month lengths", () => {
  it.each([
    [1900, false],
    [2000, true],
    [2024, true],
    [2027, false],
    [2100, false],
    [2400, true],
  ])("%d leap: %s", (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
    expect(daysInYearMonth(y, 2)).toBe(leap ? 29 : 28);
  });

  it("knows every month length", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInYearMonth(2027, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2027-04")).toBe(30);
  });
});

describe("month arithmetic", () => {
  it("adds months across years both ways", () => {
    expect(addMonths("2027-11", 3)).toBe("2028-02");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2027-01", -25)).toBe("2024-12");
    expect(addMonths("2027-06", 0)).toBe("2027-06");
  });

  it("EDATE clamps to the month end", () => {
    expect(isoOfSerial(edate(serial("2027-01-31"), 1))).toBe("2027-02-28");
    expect(isoOfSerial(edate(serial("2028-01-31"), 1))).toBe("2028-02-29");
    expect(isoOfSerial(edate(serial("2027-03-31"), -1))).toBe("2027-02-28");
    expect(isoOfSerial(edate(serial("2027-08-31"), 3))).toBe("2027-11-30");
    expect(isoOfSerial(edate(serial("2027-01-15"), 3))).toBe("2027-04-15");
    expect(isoOfSerial(edate(serial("2027-12-31"), 2))).toBe("2028-02-29");
  });

  it("EOMONTH gives the last day of the month n months on", () => {
    expect(isoOfSerial(eomonth(serial("2027-01-15"), 0))).toBe("2027-01-31");
    expect(isoOfSerial(eomonth(serial("2027-12-01"), 2))).toBe("2028-02-29");
    expect(isoOfSerial(eomonth(serial("2027-03-10"), -1))).toBe("2027-02-28");
  });

  it("EDATE then EDATE back never lands after the start day (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2900000 }),
        fc.integer({ min: -120, max: 120 }),
        (s, n) => {
          const there = edate(s, n);
          expect(monthOfSerial(there)).toBe(addMonths(monthOfSerial(s), n));
          expect(dateOfSerial(there).day).toBeLessThanOrEqual(dateOfSerial(s).day);
        }
      )
    );
  });
});

describe("plan months and blocks", () => {
  it("starts at the 1st of plan_start’s month", () => {
    expect(planMonths(serial("2027-01-15"), "quarter")).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(planMonths(serial("2027-11-01"), "half_year")).toEqual([
      "2027-11",
      "2027-12",
      "2028-01",
      "2028-02",
      "2028-03",
      "2028-04",
    ]);
    expect(planMonths(serial("2027-01-01"), "year")).toHaveLength(12);
    expect(planMonths(serial("2027-01-01"), "decade")).toEqual([]);
  });

  it("has only the complete rollup blocks of the period", () => {
    const keys = (period: string): string[] =>
      blocks(planMonths(serial("2027-04-01"), period)).map((b) => b.key);
    expect(keys("quarter")).toEqual(["q1", "total"]);
    expect(keys("half_year")).toEqual(["q1", "q2", "h1", "total"]);
    expect(keys("year")).toEqual(["q1", "q2", "q3", "q4", "h1", "h2", "total"]);
    const year = blocks(planMonths(serial("2027-04-01"), "year"));
    expect(year.find((b) => b.key === "q4")?.months).toEqual(["2028-01", "2028-02", "2028-03"]);
    expect(year.find((b) => b.key === "h2")?.months[0]).toBe("2027-10");
  });

  it("cuts a basis block longer than the plan at plan_end", () => {
    const quarter = planMonths(serial("2027-01-01"), "quarter");
    expect(basisBlocks(quarter, "year").map((b) => b.months)).toEqual([quarter]);
    expect(basisBlocks(quarter, "month").map((b) => b.months)).toEqual([
      ["2027-01"],
      ["2027-02"],
      ["2027-03"],
    ]);
    const year = planMonths(serial("2027-01-01"), "year");
    expect(basisBlocks(year, "half_year").map((b) => b.months.length)).toEqual([6, 6]);
    expect(basisBlocks(year, "fortnight")).toEqual([]);
  });
});

describe("fiscal alignment", () => {
  it("calendar fiscal year: quarters start in Jan, Apr, Jul, Oct", () => {
    const starts = ["2027-01", "2027-04", "2027-07", "2027-10"];
    for (let m = 1; m <= 12; m++) {
      const month = monthOf(2027, m);
      expect(isFiscalBoundary(month, "quarter", 1)).toBe(starts.includes(month));
      expect(isFiscalBoundary(month, "month", 1)).toBe(true);
      expect(isFiscalBoundary(month, "year", 1)).toBe(m === 1);
    }
  });

  it("fiscal year starting in April: year starts in April, halves in April and October", () => {
    expect(isFiscalBoundary("2027-04", "year", 4)).toBe(true);
    expect(isFiscalBoundary("2027-01", "year", 4)).toBe(false);
    expect(isFiscalBoundary("2027-10", "half_year", 4)).toBe(true);
    expect(isFiscalBoundary("2027-07", "half_year", 4)).toBe(false);
    expect(isFiscalBoundary("2028-01", "quarter", 4)).toBe(true);
    expect(isFiscalBoundary("2027-02", "quarter", 4)).toBe(false);
  });

  it("fiscal year starting in July: quarters start in Jul, Oct, Jan, Apr; the year in July", () => {
    expect(
      (["2027-07", "2027-10", "2028-01", "2028-04"] as const).every((m) =>
        isFiscalBoundary(m, "quarter", 7)
      )
    ).toBe(true);
    expect(isFiscalBoundary("2027-08", "quarter", 7)).toBe(false);
    expect(isFiscalBoundary("2027-07", "year", 7)).toBe(true);
    expect(isFiscalBoundary("2028-01", "year", 7)).toBe(false);
    expect(isFiscalBoundary("2028-01", "half_year", 7)).toBe(true);
  });

  it("is false for an unknown period type, and every PERIOD_MONTHS divides 12", () => {
    expect(isFiscalBoundary("2027-01", "week", 1)).toBe(false);
    for (const months of Object.values(PERIOD_MONTHS)) expect(12 % months).toBe(0);
  });
});

describe("months far from today", () => {
  it("keeps month arithmetic exact beyond year 9999 and before year 0", () => {
    expect(addMonths("9999-12", 1)).toBe("10000-01");
    expect(addMonths("0000-01", -1)).toBe("-0001-12");
    expect(isoOfSerial(edate(2958465, 3))).toBe("10000-03-31");
    expect(isExcelDate(2958465)).toBe(true);
    expect(isExcelDate(2958466)).toBe(false);
    expect(isExcelDate(0)).toBe(false);
  });
});

describe("month values from text", () => {
  it("parses exactly YYYY-MM with a month 01–12", () => {
    expect(toMonth("2027-01")).toBe("2027-01");
    expect(toMonth("2027-12")).toBe("2027-12");
    for (const text of ["2027-13", "2027-00", "2027-1", "27-01", " 2027-01", "2027-01-01", ""])
      expect(toMonth(text)).toBeNull();
    expect(isMonth("12027-01")).toBe(true);
    expect(isMonth("-0001-12")).toBe(true);
  });

  it("takes as a plan start only the years Excel has dates in", () => {
    expect(toExcelMonth("1900-01")).toBe("1900-01");
    expect(toExcelMonth("9999-12")).toBe("9999-12");
    expect(toExcelMonth("1899-12")).toBeNull();
    expect(toExcelMonth("10000-01")).toBeNull();
    expect(toExcelMonth("2027-13")).toBeNull();
    expect(excelMonthOf(2027, 3)).toBe("2027-03");
    expect(excelMonthOf(2027, 13)).toBeNull();
    expect(excelMonthOf(2027.5, 3)).toBeNull();
    expect(excelMonthOf(1899, 12)).toBeNull();
  });

  it("monthOf and toMonth agree on every month in Excel's years (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = monthOf(y, m);
        expect(toMonth(month)).toBe(month);
        expect(toExcelMonth(month)).toBe(month);
      })
    );
  });
});

describe("next month and the default plan start", () => {
  it("steps to the next month across a year end", () => {
    expect(nextMonth("2027-11")).toBe("2027-12");
    expect(nextMonth("2027-12")).toBe("2028-01");
  });

  it("proposes the month after today's as the plan start", () => {
    expect(monthAfterDate("2026-05-17")).toBe("2026-06");
    expect(monthAfterDate("2026-12-31")).toBe("2027-01");
    expect(monthAfterDate("2028-02-29")).toBe("2028-03");
    expect(() => monthAfterDate("2026-02-30")).toThrow(/2026-02-30/);
  });

  it("takes the month of an ISO date, or null for text that is not a real date", () => {
    expect(monthOfIsoDate("2027-01-31")).toBe("2027-01");
    expect(monthOfIsoDate("2027-02-29")).toBeNull();
    expect(monthOfIsoDate("2027-01")).toBeNull();
  });
});

describe("ISO dates", () => {
  it("accepts real dates written exactly YYYY-MM-DD", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2027-04-31")).toBe(false);
    expect(isIsoDate(" 2027-01-01")).toBe(false);
    expect(isIsoDate("2027-1-01")).toBe(false);
  });

  it("writes a calendar date with padded month and day", () => {
    expect(isoOfDate({ year: 2027, month: 3, day: 5 })).toBe("2027-03-05");
    expect(isoOfDate({ year: 987, month: 12, day: 31 })).toBe("0987-12-31");
  });
});

describe("serials from outside", () => {
  it("gives the month only for serials Excel shows as dates (61 = 1900-03-01 … 9999-12-31)", () => {
    expect(monthOfExcelSerial(46388)).toBe("2027-01");
    expect(monthOfExcelSerial(46446.99)).toBe("2027-02");
    expect(monthOfExcelSerial(61)).toBe("1900-03");
    expect(monthOfExcelSerial(60)).toBeNull();
    expect(monthOfExcelSerial(2958465)).toBe("9999-12");
    expect(monthOfExcelSerial(2958466)).toBeNull();
    expect(monthOfExcelSerial(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("converts Unix milliseconds (JS dates at the edges) to serials and back", () => {
    expect(serialOfUnixMs(0)).toBe(25569);
    expect(serialOfUnixMs(Date.UTC(2027, 0, 1))).toBe(serial("2027-01-01"));
    expect(serialOfUnixMs(Date.UTC(2027, 0, 1, 12))).toBe(serial("2027-01-01") + 0.5);
    expect(unixMsOfSerial(serial("2028-02-29"))).toBe(Date.UTC(2028, 1, 29));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (s) => {
        expect(serialOfUnixMs(unixMsOfSerial(s))).toBe(s);
      })
    );
  });
});

describe("block spans", () => {
  it("places a block's first and last month among the plan months", () => {
    const months = planMonths(serial("2027-01-01"), "year");
    const [q1, q2, q3, q4, h1, h2, total] = blocks(months);
    expect(q1 && blockSpan(months, q1)).toEqual({ first: 0, last: 2 });
    expect(q4 && blockSpan(months, q4)).toEqual({ first: 9, last: 11 });
    expect(h2 && blockSpan(months, h2)).toEqual({ first: 6, last: 11 });
    expect(total && blockSpan(months, total)).toEqual({ first: 0, last: 11 });
    expect([q2, q3, h1].every((b) => b !== undefined)).toBe(true);
    expect(blockSpan(months.slice(3), { key: "q1", months: months.slice(0, 3) })).toEqual({
      first: -1,
      last: -1,
    });
  });
});

describe("plan periods", () => {
  it("are the period types a plan may last: quarter, half year, year (not a month)", () => {
    expect(PLAN_PERIODS).toEqual(["quarter", "half_year", "year"]);
    expect(PLAN_PERIODS.every(isPlanPeriod)).toBe(true);
    for (const value of ["month", "fortnight", "", null, 3])
      expect(isPlanPeriod(value)).toBe(false);
    expect(PLAN_PERIODS.map((p) => PERIOD_MONTHS[p])).toEqual([3, 6, 12]);
  });
});

describe("per-month records", () => {
  it("list their months and entries in key order", () => {
    const sums = { "2027-01": 5, "2027-02": 0, "2027-03": -2 };
    expect(monthKeys(sums)).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(monthEntries(sums)).toEqual([
      ["2027-01", 5],
      ["2027-02", 0],
      ["2027-03", -2],
    ]);
    expect(monthKeys({})).toEqual([]);
  });
});
