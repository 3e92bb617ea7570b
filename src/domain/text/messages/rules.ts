import type { FindingCode } from "../../codes";
import type { EconomicsCode } from "./economics-args";
import type { StructureCode } from "./structure";
import type { FindingArgs, MessageTemplate, MessageTemplates } from "./types";

/** The plan rule codes of spec section 5: every code that is not about reading the workbook. */
export type RuleCode = Exclude<FindingCode, StructureCode | EconomicsCode>;

/** A template of `code` from two functions of its arguments: Russian first. */
function message<C extends RuleCode>(
  ru: (v: FindingArgs[C]) => string,
  en: (v: FindingArgs[C]) => string
): MessageTemplate<FindingArgs[C]> {
  return { ru, en };
}

/**
 * Messages of the plan rule codes of spec section 5 (domain-calc's checks in
 * src/domain/checks/). Each says what is wrong with the values that explain it
 * and how to fix it. Arguments arrive already formatted in the workbook
 * language (money, dates, percents, list labels, periods with their months).
 */
export const RULE_MESSAGES: MessageTemplates<RuleCode> = {
  PLAN_START_NOT_MONTH_START: message<"PLAN_START_NOT_MONTH_START">(
    (v) =>
      `Начало плана — ${v.date}, а план считается по целым месяцам. Укажите первое число месяца: ${v.first}.`,
    (v) =>
      `The plan starts on ${v.date}, but plans run in whole months. Enter the first day of the month: ${v.first}.`
  ),
  PLAN_START_OFF_FISCAL: message<"PLAN_START_OFF_FISCAL">(
    (v) =>
      `План на ${v.period} начинается ${v.start}, а финансовый год — с ${v.fiscalStart}: период плана не совпадает с финансовым. Начните план ${v.previous} или ${v.next} либо проверьте месяц начала финансового года (fiscal_year_start_month) на листе Config.`,
    (v) =>
      `The plan (${v.period}) starts on ${v.start}, but the fiscal year starts in ${v.fiscalStart}, so the plan does not match a fiscal period. Start the plan on ${v.previous} or ${v.next}, or check fiscal_year_start_month on the Config sheet.`
  ),
  KPI_PERIOD_LONGER_THAN_PLAN: message<"KPI_PERIOD_LONGER_THAN_PLAN">(
    (v) =>
      `План на ${v.plan}, а KPI «${v.kpi}» измеряется за ${v.period}: за время плана его не измерить. Выберите период KPI не длиннее плана.`,
    (v) =>
      `The plan covers a ${v.plan}, but KPI “${v.kpi}” is measured over a ${v.period}: it cannot be measured within the plan. Choose a KPI period no longer than the plan.`
  ),
  KPI_PERIOD_MISALIGNED: message<"KPI_PERIOD_MISALIGNED">(
    (v) =>
      `KPI «${v.kpi}» измеряется за ${v.period}, но такие финансовые периоды (финансовый год — с ${v.fiscalStart}) не укладываются в план с ${v.start} по ${v.end} без остатка. Выберите период KPI, который делит план на целые финансовые периоды, или сдвиньте начало плана.`,
    (v) =>
      `KPI “${v.kpi}” is measured over a ${v.period}, but those fiscal periods (fiscal year from ${v.fiscalStart}) do not fit the plan from ${v.start} to ${v.end} exactly. Choose a KPI period that splits the plan into whole fiscal periods, or move the plan start.`
  ),
  KPI_SHORTER_THAN_CHECKPOINT: message<"KPI_SHORTER_THAN_CHECKPOINT">(
    (v) =>
      `KPI «${v.kpi}» измеряется за ${v.period}, а контрольный период плана — ${v.checkpoint}: такой KPI подталкивает к краткосрочной работе. Выберите период KPI не короче контрольного.`,
    (v) =>
      `KPI “${v.kpi}” is measured over a ${v.period}, while the plan’s checkpoint period is a ${v.checkpoint}: such a KPI pushes short-term work. Choose a KPI period no shorter than the checkpoint period.`
  ),
  CHECKPOINTS_MISSING: message<"CHECKPOINTS_MISSING">(
    (v) =>
      `План на ${v.plan}, а контрольный период не задан: промежуточных итогов не будет. Выберите контрольный период короче плана, например квартал.`,
    (v) =>
      `The plan covers a ${v.plan} and has no checkpoint period, so there will be no interim reviews. Choose a checkpoint period shorter than the plan, e.g. a quarter.`
  ),
  CHECKPOINT_NOT_SHORTER_THAN_PLAN: message<"CHECKPOINT_NOT_SHORTER_THAN_PLAN">(
    (v) =>
      `Контрольный период — ${v.checkpoint}, а план на ${v.plan}: промежуточных итогов до конца плана не будет. Выберите контрольный период короче плана.`,
    (v) =>
      `The checkpoint period is a ${v.checkpoint} and the plan covers a ${v.plan}: there would be no interim review before the plan ends. Choose a checkpoint period shorter than the plan.`
  ),
  SALES_MONTHS_MISMATCH: message<"SALES_MONTHS_MISMATCH">(
    (v) =>
      `Столбцы месяцев в таблице «${v.table}» не совпадают с периодом плана (${v.count} мес.: ${v.first} … ${v.last})` +
      (v.missing ? `; нет столбцов: ${v.missing}` : "") +
      (v.extra ? `; лишние столбцы: ${v.extra}` : "") +
      (v.order === 1 ? "; месяцы идут не по порядку" : "") +
      ". Примените конфигурацию заново, чтобы перестроить таблицу, или исправьте заголовки (формат ГГГГ-ММ).",
    (v) =>
      `The month columns of table “${v.table}” differ from the plan period (${v.count} months: ${v.first} … ${v.last})` +
      (v.missing ? `; missing: ${v.missing}` : "") +
      (v.extra ? `; extra: ${v.extra}` : "") +
      (v.order === 1 ? "; the months are out of order" : "") +
      ". Apply the configuration again to rebuild the table, or fix the headers (format YYYY-MM)."
  ),
  DATE_OUTSIDE_PLAN: message<"DATE_OUTSIDE_PLAN">(
    (v) =>
      `Мероприятие «${v.activity}» назначено на ${v.date} — вне периода плана (${v.start} – ${v.end}). Перенесите его в период плана или отметьте как отменённое.`,
    (v) =>
      `Activity “${v.activity}” is dated ${v.date}, outside the plan period (${v.start} – ${v.end}). Move it into the plan period or mark it cancelled.`
  ),
  KPI_WEIGHTS_NOT_100: message<"KPI_WEIGHTS_NOT_100">(
    (v) =>
      `Сумма весов KPI — ${v.sum}, а должна быть ровно 100\u00a0%: ${v.direction === 1 ? "лишние" : "не хватает"} ${v.diff}. Поправьте веса.`,
    (v) =>
      `The KPI weights add up to ${v.sum} instead of exactly 100% (${v.direction === 1 ? "over" : "short"} by ${v.diff}). Adjust the weights.`
  ),
  DISCOUNT_TIERS_NOT_MONOTONIC: message<"DISCOUNT_TIERS_NOT_MONOTONIC">(
    (v) =>
      `В группе скидок «${v.group}» порог ${v.threshold} даёт скидку ${v.rate}, а меньший порог ${v.lowerThreshold} — ${v.lowerRate}: с ростом объёма скидка не должна уменьшаться. Исправьте ставки или пороги.`,
    (v) =>
      `In discount group “${v.group}” the threshold ${v.threshold} gives ${v.rate}, while the lower threshold ${v.lowerThreshold} gives ${v.lowerRate}: a larger volume should not get a smaller discount. Fix the rates or thresholds.`
  ),
  DISCOUNT_ABOVE_MAX: message<"DISCOUNT_ABOVE_MAX">(
    (v) =>
      v.kind === "effective"
        ? `Скидки всех групп вместе — ${v.discount} при плане продаж ${v.sales}, то есть ${v.rate}, а допустимо не больше ${v.max} (max_discount). Группы скидок складываются: уменьшите ставки или пересмотрите ступени.`
        : `Ставка скидки ${v.rate} выше допустимой ${v.max} (max_discount). Уменьшите ставку.`,
    (v) =>
      v.kind === "effective"
        ? `All discount groups together give ${v.discount} on planned sales of ${v.sales}, i.e. ${v.rate}, above the allowed ${v.max} (max_discount). Discount groups add up: lower the rates or revise the tiers.`
        : `The discount rate ${v.rate} is above the allowed ${v.max} (max_discount). Lower the rate.`
  ),
  DISCOUNT_BASIS_LONGER_THAN_PLAN: message<"DISCOUNT_BASIS_LONGER_THAN_PLAN">(
    (v) =>
      `Скидка считается за ${v.basis}, а план на ${v.plan}: порог будет сравниваться только с продажами плана. Выберите период расчёта не длиннее плана.`,
    (v) =>
      `The discount is based on a ${v.basis}, but the plan covers a ${v.plan}: the threshold would only be compared with the plan’s sales. Choose a basis period no longer than the plan.`
  ),
  CREDIT_LIMIT_EXCEEDED: message<"CREDIT_LIMIT_EXCEEDED">(
    (v) =>
      (v.zero === 1
        ? `Кредитной линии нет (лимит 0), а при отсрочке ${v.days} дн. нужен кредит ${v.required}`
        : `Потребность в кредите ${v.required} выше кредитного лимита ${v.limit}`) +
      (v.month ? ` (пик — ${v.month})` : "") +
      ". Увеличьте лимит, сократите отсрочку или перераспределите продажи по месяцам.",
    (v) =>
      (v.zero === 1
        ? `There is no credit line (limit 0), but a ${v.days}-day deferral needs credit of ${v.required}`
        : `The credit need ${v.required} is above the credit limit ${v.limit}`) +
      (v.month ? ` (peak in ${v.month})` : "") +
      ". Raise the limit, shorten the deferral or spread sales over the months."
  ),
  CREDIT_DEPTH_ABOVE_MAX: message<"CREDIT_DEPTH_ABOVE_MAX">(
    (v) =>
      `Отсрочка платежа ${v.days} дн. больше допустимой ${v.max} дн. (max_credit_depth_days). Сократите отсрочку или согласуйте исключение.`,
    (v) =>
      `The payment deferral of ${v.days} days is above the allowed ${v.max} days (max_credit_depth_days). Shorten the deferral or agree an exception.`
  ),
  BUDGET_EXCEEDED: message<"BUDGET_EXCEEDED">(
    (v) =>
      `Затраты на мероприятия ${v.spending} превышают бюджет ${v.budget} на ${v.over}. Сократите затраты, отмените часть мероприятий или увеличьте бюджет.`,
    (v) =>
      `Activity costs of ${v.spending} exceed the budget of ${v.budget} by ${v.over}. Cut costs, cancel some activities or raise the budget.`
  ),
  TEAM_NO_KAM: message<"TEAM_NO_KAM">(
    (v) =>
      `В команде нет участника с ролью «${v.role}». Добавьте менеджера, который ведёт клиента.`,
    (v) => `No team member has the role “${v.role}”. Add the manager who runs the account.`
  ),
  TEAM_NO_EXECUTIVE_SPONSOR: message<"TEAM_NO_EXECUTIVE_SPONSOR">(
    (v) =>
      `В команде нет поручителя («${v.role}»). Желательно, чтобы клиента поддерживал топ-менеджер: он помогает с ресурсами и выходом на руководство клиента.`,
    (v) =>
      `The team has no executive sponsor (“${v.role}”). A senior manager backing the account helps with resources and access to the client’s top management.`
  ),
  SALES_ITEM_NOT_IN_ASSORTMENT: message<"SALES_ITEM_NOT_IN_ASSORTMENT">(
    (v) =>
      `Позиции «${v.item}» из плана продаж нет в ассортименте. Добавьте её в таблицу «Ассортимент» или исправьте название.`,
    (v) =>
      `Item “${v.item}” of the sales plan is not in the assortment. Add it to the Assortment table or fix its name.`
  ),
  ACTUAL_ITEM_NOT_IN_PLAN: message<"ACTUAL_ITEM_NOT_IN_PLAN">(
    (v) =>
      `Позиции «${v.item}» из факта продаж нет в плане продаж: её продажи входят в общий факт, но выполнение по ней не считается. Добавьте позицию в план или исправьте название.`,
    (v) =>
      `Item “${v.item}” of the actual sales is not in the sales plan: it counts in the total actual, but has no fulfillment of its own. Add it to the plan or fix its name.`
  ),
  DUPLICATE_VALUE: message<"DUPLICATE_VALUE">(
    (v) =>
      v.kind === "threshold"
        ? `В группе скидок «${v.group}» порог ${v.value} уже есть (ячейка ${v.first}); действует ступень, указанная первой. Удалите повтор или измените порог.`
        : `Позиция «${v.value}» повторяется в таблице «${v.table}» (впервые — в ячейке ${v.first}); суммы повторов складываются. Объедините строки.`,
    (v) =>
      v.kind === "threshold"
        ? `Discount group “${v.group}” already has the threshold ${v.value} (cell ${v.first}); the tier listed first applies. Remove the repeat or change the threshold.`
        : `Item “${v.value}” appears again in table “${v.table}” (first in cell ${v.first}); the repeats add up. Merge the rows.`
  ),
  OPPORTUNITY_BELOW_PLAN: message<"OPPORTUNITY_BELOW_PLAN">(
    (v) =>
      `Объём возможностей на год ${v.opportunity} меньше плана продаж за первые ${v.months} мес. (${v.plan}). План не может превышать возможности клиента: пересмотрите объём возможностей или план.`,
    (v) =>
      `The one-year opportunity of ${v.opportunity} is below the planned sales of the first ${v.months} months (${v.plan}). A plan cannot exceed the client’s opportunity: revise the opportunity or the plan.`
  ),
  REVIEW_OVERDUE: message<"REVIEW_OVERDUE">(
    (v) =>
      `Досье пора пересмотреть: последний пересмотр ${v.last}, следующий был нужен ${v.next} (сегодня ${v.today}). Обновите досье и укажите дату нового пересмотра.`,
    (v) =>
      `The dossier is due for review: last reviewed ${v.last}, next review was due ${v.next} (today is ${v.today}). Update the dossier and enter the new review date.`
  ),
  DMU_NO_DECISION_MAKER: message<"DMU_NO_DECISION_MAKER">(
    (v) =>
      `В группе принятия решений нет никого с ролью «${v.role}». Выясните, кто принимает решение у клиента, и добавьте его.`,
    (v) =>
      `Nobody in the decision-making unit has the role “${v.role}”. Find out who decides at the client and add them.`
  ),
  DMU_NO_SUPPORTER: message<"DMU_NO_SUPPORTER">(
    (v) =>
      `В группе принятия решений нет ни одного сторонника (отношение «${v.attitude}»). Найдите у клиента человека, который поддержит наше предложение.`,
    (v) =>
      `Nobody in the decision-making unit is a supporter (attitude “${v.attitude}”). Find someone at the client who will back our offer.`
  ),
  DMU_ROLE_UNCOVERED: message<"DMU_ROLE_UNCOVERED">(
    (v) =>
      `В группе принятия решений не указан никто с ролью «${v.role}». Выясните, кто выполняет эту роль у клиента.`,
    (v) =>
      `Nobody in the decision-making unit has the role “${v.role}”. Find out who plays this role at the client.`
  ),
  COMPETITOR_TYPES_UNCOVERED: message<"COMPETITOR_TYPES_UNCOVERED">(
    (v) =>
      `Не рассмотрены типы конкурентов: ${v.types}. Инерция («оставить как есть») и «сделай сам» часто опаснее прямых конкурентов: добавьте их в таблицу «Конкуренты».`,
    (v) =>
      `Competitor types not considered: ${v.types}. Inertia and do-it-yourself are often more dangerous than direct competitors: add them to the Competitors table.`
  ),
  ACTUALS_MISSING: message<"ACTUALS_MISSING">(
    (v) =>
      `Нет факта продаж за ${v.count === 1 ? "прошедший месяц" : `прошедшие месяцы (${v.count})`}: ${v.months}. Внесите факт в таблицу «${v.table}»; месяц без продаж отметьте нулём.`,
    (v) =>
      `No actual sales for ${v.count === 1 ? "a month that has ended" : `${v.count} months that have ended`}: ${v.months}. Enter the actuals in table “${v.table}”; enter 0 for a month without sales.`
  ),
  APPROVAL_INCOMPLETE: message<"APPROVAL_INCOMPLETE">(
    (v) =>
      `Статус плана «${v.status}», но не заполнено: ${v.missing}. Укажите, кто и когда утвердил план.`,
    (v) =>
      `The plan’s status is “${v.status}” but ${v.missing} ${v.missing.includes(",") ? "are" : "is"} empty. Enter who approved the plan and when.`
  ),
  PLAN_NOT_APPROVED: message<"PLAN_NOT_APPROVED">(
    (v) =>
      `План начался ${v.start}, а его статус — «${v.status}». Утвердите план и укажите, кто и когда его утвердил.`,
    (v) =>
      `The plan started on ${v.start} and its status is still “${v.status}”. Get the plan approved and enter who approved it and when.`
  ),
};
