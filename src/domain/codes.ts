import type { Severity } from "./findings";
import type { Bilingual } from "./values";

/**
 * Every check code of the product, with its severity and meaning.
 * This table is the single source: the checks take their severity from it and
 * the README's table of codes is generated from it (and tested to agree).
 * Codes are stable across versions: never rename one.
 */
export const FINDING_CODES = {
  REQUIRED_MISSING: {
    severity: "error",
    meaning: {
      en: "A required field or required table cell is empty",
      ru: "Не заполнено обязательное поле или ячейка таблицы",
    },
  },
  TYPE_INVALID: {
    severity: "error",
    meaning: {
      en: "A value is not of its field's type (text in an amount, 31.02, …)",
      ru: "Значение не того типа (текст в сумме, 31.02, …)",
    },
  },
  OUT_OF_RANGE: {
    severity: "error",
    meaning: {
      en: "A value is outside the field's min/max",
      ru: "Значение вне допустимых границ поля",
    },
  },
  NOT_IN_LIST: {
    severity: "error",
    meaning: {
      en: "A list field holds a value that is not in its list",
      ru: "Значения нет в списке поля",
    },
  },
  SHEET_MISSING: {
    severity: "error",
    meaning: {
      en: "A sheet of the plan was deleted or renamed",
      ru: "Лист плана удалён или переименован",
    },
  },
  TABLE_MISSING: {
    severity: "error",
    meaning: {
      en: "A table of the plan was deleted or renamed",
      ru: "Таблица плана удалена или переименована",
    },
  },
  NAME_MISSING: {
    severity: "error",
    meaning: {
      en: "A field's defined name was deleted or is broken",
      ru: "Имя поля удалено или ссылается на несуществующую ячейку",
    },
  },
  FORMULA_OVERWRITTEN: {
    severity: "error",
    meaning: {
      en: "A computed cell holds a typed value instead of its formula",
      ru: "В вычисляемой ячейке вместо формулы введено значение",
    },
  },
  COLUMN_MISSING: {
    severity: "error",
    meaning: {
      en: "A table lacks a column of the configuration",
      ru: "В таблице нет столбца из конфигурации",
    },
  },
  COLUMN_UNKNOWN: {
    severity: "warning",
    meaning: {
      en: "A table has a column the configuration does not know",
      ru: "В таблице есть столбец, которого нет в конфигурации",
    },
  },
  CONFIG_INVALID: {
    severity: "error",
    meaning: {
      en: "The Config sheet breaks its schema",
      ru: "Лист Config нарушает схему конфигурации",
    },
  },
  TEMPLATE_OUTDATED: {
    severity: "warning",
    meaning: {
      en: "The workbook was built by an older template version",
      ru: "Книга создана более старой версией шаблона",
    },
  },
  REFERENCE_UNREACHABLE: {
    severity: "warning",
    meaning: {
      en: "The reference configuration the workbook names could not be read by the add-in",
      ru: "Надстройка не смогла прочитать эталонную конфигурацию, указанную в книге",
    },
  },
  CONFIG_DRIFT: {
    // The code's worst severity: a difference that loosens no rule is reported as a warning (config/drift.ts).
    severity: "error",
    meaning: {
      en: "The plan's Config differs from the reference configuration (error where it loosens a rule, else warning)",
      ru: "Config книги отличается от эталонной конфигурации (ошибка, если правило ослаблено, иначе предупреждение)",
    },
  },
  FILE_UNREADABLE: {
    severity: "error",
    meaning: {
      en: "A file could not be read as a workbook (export, summary): not an .xlsx, damaged, password-protected or too large",
      ru: "Файл не прочитан как книга (export, summary): не .xlsx, повреждён, защищён паролем или слишком велик",
    },
  },
  PLAN_START_NOT_MONTH_START: {
    severity: "error",
    meaning: {
      en: "plan_start is not the first day of a month",
      ru: "Начало плана — не первое число месяца",
    },
  },
  PLAN_START_OFF_FISCAL: {
    severity: "warning",
    meaning: {
      en: "The plan does not start on a fiscal boundary of its own period type",
      ru: "План начинается не на границе финансового периода своего типа",
    },
  },
  KPI_PERIOD_LONGER_THAN_PLAN: {
    severity: "error",
    meaning: {
      en: "A KPI is measured over a longer period than the plan covers (KPI gap)",
      ru: "Период KPI длиннее периода плана (KPI-разрыв)",
    },
  },
  KPI_PERIOD_MISALIGNED: {
    severity: "error",
    meaning: {
      en: "The KPI's fiscal periods do not tile the plan period exactly",
      ru: "Финансовые периоды KPI не укладываются в период плана без остатка",
    },
  },
  KPI_SHORTER_THAN_CHECKPOINT: {
    severity: "warning",
    meaning: {
      en: "A KPI period is shorter than the checkpoint period (pushes short-term work)",
      ru: "Период KPI короче контрольного периода (подталкивает к краткосрочной работе)",
    },
  },
  CHECKPOINTS_MISSING: {
    severity: "warning",
    meaning: {
      en: "The plan is longer than a quarter and has no checkpoint period",
      ru: "План длиннее квартала, а контрольный период не задан",
    },
  },
  CHECKPOINT_NOT_SHORTER_THAN_PLAN: {
    severity: "error",
    meaning: {
      en: "The checkpoint period is not shorter than the plan period",
      ru: "Контрольный период не короче периода плана",
    },
  },
  SALES_MONTHS_MISMATCH: {
    severity: "error",
    meaning: {
      en: "SalesPlan month columns differ from the plan period's months",
      ru: "Месяцы в плане продаж не совпадают с месяцами периода плана",
    },
  },
  DATE_OUTSIDE_PLAN: {
    severity: "warning",
    meaning: {
      en: "An activity date lies outside the plan period",
      ru: "Дата мероприятия вне периода плана",
    },
  },
  KPI_WEIGHTS_NOT_100: {
    severity: "error",
    meaning: { en: "KPI weights do not sum to 100 %", ru: "Сумма весов KPI не равна 100 %" },
  },
  DISCOUNT_TIERS_NOT_MONOTONIC: {
    severity: "warning",
    meaning: {
      en: "Within a discount group a higher threshold carries a lower rate",
      ru: "В группе скидок больший порог даёт меньшую скидку",
    },
  },
  DISCOUNT_ABOVE_MAX: {
    severity: "error",
    meaning: {
      en: "A tier rate or the effective discount rate is above max_discount",
      ru: "Ставка скидки или итоговая скидка выше max_discount",
    },
  },
  DISCOUNT_BASIS_LONGER_THAN_PLAN: {
    severity: "error",
    meaning: {
      en: "A tier's basis period is longer than the plan",
      ru: "Период расчёта скидки длиннее периода плана",
    },
  },
  CREDIT_LIMIT_EXCEEDED: {
    severity: "error",
    meaning: {
      en: "credit_required is above credit_limit",
      ru: "Потребность в кредите выше кредитного лимита",
    },
  },
  CREDIT_DEPTH_ABOVE_MAX: {
    severity: "error",
    meaning: {
      en: "Payment deferral days above max_credit_depth_days",
      ru: "Глубина отсрочки больше max_credit_depth_days",
    },
  },
  BUDGET_EXCEEDED: {
    severity: "error",
    meaning: {
      en: "Activities' cost is above budget_amount",
      ru: "Затраты на мероприятия превышают бюджет",
    },
  },
  TEAM_NO_KAM: {
    severity: "error",
    meaning: { en: "No team member has the role kam", ru: "В команде нет участника с ролью КАМ" },
  },
  TEAM_NO_EXECUTIVE_SPONSOR: {
    severity: "warning",
    meaning: {
      en: "No executive sponsor in the team",
      ru: "В команде нет поручителя (Executive Sponsor)",
    },
  },
  SALES_ITEM_NOT_IN_ASSORTMENT: {
    severity: "warning",
    meaning: {
      en: "A sales plan item is missing from Assortment",
      ru: "Позиции плана продаж нет в ассортименте",
    },
  },
  ACTUAL_ITEM_NOT_IN_PLAN: {
    severity: "warning",
    meaning: {
      en: "A SalesActual item is not in SalesPlan",
      ru: "Позиции из факта продаж нет в плане продаж",
    },
  },
  DUPLICATE_VALUE: {
    severity: "error",
    meaning: {
      en: "The same item twice, or two tiers with the same threshold in one group",
      ru: "Позиция повторяется или в группе скидок два одинаковых порога",
    },
  },
  OPPORTUNITY_BELOW_PLAN: {
    severity: "warning",
    meaning: {
      en: "opportunity_1y is below the plan's first-12-months sales",
      ru: "Объём возможностей на год меньше плана продаж первых 12 месяцев",
    },
  },
  REVIEW_OVERDUE: {
    severity: "warning",
    meaning: {
      en: "next_review is before today: the dossier is due for review",
      ru: "Срок пересмотра досье прошёл",
    },
  },
  DMU_NO_DECISION_MAKER: {
    severity: "error",
    meaning: {
      en: "The decision group has no decision_maker",
      ru: "В ГПР нет лица, принимающего решение",
    },
  },
  DMU_NO_SUPPORTER: {
    severity: "warning",
    meaning: {
      en: "Nobody in the decision group is a supporter",
      ru: "В ГПР нет ни одного сторонника",
    },
  },
  DMU_ROLE_UNCOVERED: {
    severity: "info",
    meaning: {
      en: "No technical, economic or user role is known in the decision group",
      ru: "В ГПР не известна техническая, экономическая или пользовательская роль",
    },
  },
  COMPETITOR_TYPES_UNCOVERED: {
    severity: "warning",
    meaning: {
      en: "Some of the four competitor types are not considered",
      ru: "Рассмотрены не все четыре типа конкурентов",
    },
  },
  KPI_TARGET_NOT_PLAN: {
    severity: "warning",
    meaning: {
      en: "A sales KPI's target differs from sales_plan_total by more than 0.5 %",
      ru: "Цель KPI по продажам отличается от плана продаж больше чем на 0,5 %",
    },
  },
  PROMO_UNPROFITABLE: {
    severity: "warning",
    meaning: {
      en: "A promo's return (incremental sales × gross margin − cost) is below 0",
      ru: "Промоакция убыточна: прирост продаж × валовая маржа меньше затрат",
    },
  },
  DELISTED_ITEM_PLANNED: {
    severity: "warning",
    meaning: {
      en: "An Assortment item with status delist has planned sales above 0",
      ru: "На позицию со статусом «вывести» запланированы продажи",
    },
  },
  RISK_WITHOUT_MITIGATION: {
    severity: "warning",
    meaning: {
      en: "A risk of high probability or impact has no mitigation",
      ru: "У риска с высокой вероятностью или влиянием нет мер снижения",
    },
  },
  ACTIVITY_WITHOUT_OWNER: {
    severity: "warning",
    meaning: {
      en: "An activity that is not cancelled has no owner",
      ru: "У мероприятия (не отменённого) нет ответственного",
    },
  },
  DMU_CONTACT_STALE: {
    severity: "warning",
    meaning: {
      en: "The decision maker or an influential DMU member was not contacted within review_cadence_months",
      ru: "С ЛПР или влиятельным участником ГПР давно (или никогда) не было контакта",
    },
  },
  ACTUALS_MISSING: {
    severity: "warning",
    meaning: {
      en: "Plan months that ended before today have no actual in any row",
      ru: "За прошедшие месяцы плана нет факта продаж",
    },
  },
  APPROVAL_INCOMPLETE: {
    severity: "warning",
    meaning: {
      en: "The plan is approved without an approver or an approval date",
      ru: "План утверждён, но не указано, кто утвердил, или дата утверждения",
    },
  },
  PLAN_NOT_APPROVED: {
    severity: "info",
    meaning: {
      en: "The plan has started and is still a draft or on review",
      ru: "План уже начался, а всё ещё черновик или на согласовании",
    },
  },
} as const satisfies Record<string, { severity: Severity; meaning: Bilingual }>;

export type FindingCode = keyof typeof FINDING_CODES;

/** The severity of a code, from the single table above. */
export function severityOf(code: FindingCode): Severity {
  return FINDING_CODES[code].severity;
}
