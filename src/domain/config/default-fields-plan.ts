import { C, CR, f, sectionFields } from "./default-field";
import type { FieldDef } from "./types";

const AMOUNT = { min: 0 } as const;
const SHARE = { min: 0, max: 1 } as const;

/** Fields of the `ActionPlan` sheet (spec section 3): the PlanHeader form and its tables. */
export const ACTION_PLAN_FIELDS = [
  ...sectionFields("PlanHeader", [
    f(
      "client_name",
      "text",
      ["Клиент", "Client"],
      ["Название ключевого клиента, как в договоре.", "The key client's name as in the contract."],
      CR
    ),
    f(
      "kam_name",
      "text",
      ["КАМ", "KAM"],
      ["Фамилия и имя менеджера, который ведёт клиента.", "Name of the key account manager."],
      CR
    ),
    f(
      "client_segment",
      "list:segments",
      ["Сегмент клиента", "Client segment"],
      ["Выберите сегмент из списка.", "Pick the segment from the list."],
      CR
    ),
    f(
      "plan_start",
      "date",
      ["Начало плана", "Plan start"],
      [
        "Первое число месяца, с которого начинается план, например 01.01.2027.",
        "The first day of the month the plan starts, e.g. 2027-01-01.",
      ],
      CR
    ),
    f(
      "plan_period",
      "list:plan_periods",
      ["Период плана", "Plan period"],
      ["Квартал, полугодие или год.", "Quarter, half year or year."],
      CR
    ),
    f(
      "plan_end",
      "computed",
      ["Конец плана", "Plan end"],
      [
        "Считается сам: последний день последнего месяца плана.",
        "Computed: the last day of the plan’s last month.",
      ],
      C
    ),
    f(
      "checkpoint_period",
      "list:period_types",
      ["Контрольный период", "Checkpoint period"],
      [
        "Как часто подводить промежуточные итоги. Должен быть короче периода плана.",
        "How often to take stock on the way. Must be shorter than the plan period.",
      ],
      C
    ),
    f(
      "budget_method",
      "list:budget_methods",
      ["Способ расчёта бюджета", "Budget method"],
      ["Процент от оборота или фиксированная сумма.", "Percent of turnover or a fixed amount."],
      CR
    ),
    f(
      "budget_rate",
      "percent",
      ["Бюджет, % от оборота", "Budget, % of turnover"],
      [
        "Для способа «Процент от оборота»: доля плана продаж, например 2%.",
        'For "Percent of turnover": share of the sales plan, e.g. 2%.',
      ],
      { ...C, ...SHARE }
    ),
    f(
      "budget_fixed",
      "amount",
      ["Бюджет, фиксированная сумма", "Budget, fixed amount"],
      [
        "Для способа «Фиксированная сумма»: бюджет на мероприятия.",
        'For "Fixed amount": the budget for activities.',
      ],
      { ...C, ...AMOUNT }
    ),
    f(
      "budget_amount",
      "computed",
      ["Бюджет на мероприятия", "Activity budget"],
      ["Считается сам по выбранному способу.", "Computed from the chosen method."],
      C
    ),
    f(
      "credit_limit",
      "amount",
      ["Кредитный лимит", "Credit limit"],
      [
        "Лимит товарного кредита клиенту. Пусто — лимит не задан, 0 — без кредита.",
        "Trade credit limit. Empty: no limit set; 0: no credit line.",
      ],
      { ...C, ...AMOUNT }
    ),
    f(
      "credit_depth_days",
      "integer",
      ["Глубина отсрочки, дней", "Payment deferral, days"],
      [
        "Отсрочка платежа в днях, от 0 до 365. Пусто — без отсрочки.",
        "Payment deferral in days, 0 to 365. Empty: no deferral.",
      ],
      { ...C, min: 0, max: 365 }
    ),
    f(
      "credit_required",
      "computed",
      ["Потребность в кредите", "Credit required"],
      [
        "Считается сам: наибольшая месячная потребность в кредите.",
        "Computed: the largest monthly credit need.",
      ],
      C
    ),
    f(
      "credit_utilization",
      "computed",
      ["Использование лимита", "Credit utilization"],
      ["Считается сам: потребность ÷ лимит.", "Computed: need ÷ limit."],
      C
    ),
    f(
      "sales_plan_total",
      "computed",
      ["План продаж, итого", "Sales plan total"],
      [
        "Считается сам: сумма плана продаж за весь период.",
        "Computed: the sales plan over the whole period.",
      ],
      C
    ),
    f(
      "discount_total",
      "computed",
      ["Скидки, итого", "Discounts total"],
      ["Считается сам по ступеням скидок.", "Computed from the discount tiers."],
      C
    ),
    f(
      "discount_earned",
      "computed",
      ["Скидки заработаны по факту", "Discounts earned"],
      [
        "Считается сам: ступени скидок по факту продаж закрытых периодов (до месяца факта).",
        "Computed: the discount tiers applied to actual sales of the periods closed by the actuals month.",
      ]
    ),
    f(
      "net_sales_total",
      "computed",
      ["Продажи за вычетом скидок", "Net sales total"],
      ["Считается сам: план продаж минус скидки.", "Computed: sales plan minus discounts."],
      C
    ),
    f(
      "kpi_score",
      "computed",
      ["Итоговая оценка KPI", "KPI score"],
      ["Считается сам: сумма весов × выполнение.", "Computed: Σ weight × fulfillment."],
      C
    ),
    f(
      "as_of",
      "date",
      ["Отчётная дата", "As of"],
      [
        "Дата, на которую подводятся итоги. Пусто — по последнему месяцу с фактом продаж.",
        "The date figures are taken as of. Empty: the last month with actual sales.",
      ]
    ),
    f(
      "actuals_through",
      "computed",
      ["Отчётный месяц", "Actuals through"],
      [
        "Считается сам: месяц отчётной даты, а без неё — последний месяц с фактом продаж (ГГГГ-ММ).",
        "Computed: the month of As of, or the last month with actuals (YYYY-MM).",
      ]
    ),
    f(
      "plan_to_date",
      "computed",
      ["План на дату", "Plan to date"],
      [
        "Считается сам: план продаж по отчётный месяц включительно.",
        "Computed: the sales plan up to and including Actuals through.",
      ]
    ),
    f(
      "actual_to_date",
      "computed",
      ["Факт на дату", "Actual to date"],
      [
        "Считается сам: фактические продажи за те же месяцы.",
        "Computed: actual sales over the same months.",
      ]
    ),
    f(
      "fulfillment_to_date",
      "computed",
      ["Выполнение на дату", "Fulfillment to date"],
      ["Считается само: факт на дату ÷ план на дату.", "Computed: actual to date ÷ plan to date."]
    ),
    f(
      "forecast_total",
      "computed",
      ["Прогноз за период", "Forecast total"],
      [
        "Считается сам: факт на дату плюс остаток плана с тем же выполнением.",
        "Computed: actual to date plus the rest of the plan at the same fulfillment.",
      ]
    ),
    f(
      "forecast_gap",
      "computed",
      ["Отклонение прогноза от плана", "Forecast gap"],
      [
        "Считается само: прогноз минус план продаж; меньше нуля — план не будет выполнен.",
        "Computed: forecast minus the sales plan; below zero the plan will be missed.",
      ]
    ),
    f(
      "plan_status",
      "list:plan_statuses",
      ["Статус плана", "Plan status"],
      [
        "Черновик, на согласовании, утверждён или в архиве.",
        "Draft, on review, approved or archived.",
      ]
    ),
    f(
      "approved_by",
      "text",
      ["Утвердил", "Approved by"],
      ["Кто утвердил план.", "Who approved the plan."]
    ),
    f(
      "approved_on",
      "date",
      ["Дата утверждения", "Approved on"],
      ["Когда план утверждён.", "When the plan was approved."]
    ),
    f(
      "plan_version",
      "text",
      ["Версия плана", "Plan version"],
      ["Номер или название версии, например 1.2.", "Version number or name, e.g. 1.2."]
    ),
    f(
      "completeness",
      "computed",
      ["Заполненность", "Completeness"],
      [
        "Считается сама: среднее по видимым разделам (форма — доля заполненных полей, таблица — 1, если есть строка).",
        "Computed: the mean over visible sections (a form: the share of filled fields; a table: 1 with a row).",
      ]
    ),
  ]),
  ...sectionFields("Team", [
    f(
      "member",
      "text",
      ["Участник", "Member"],
      ["Фамилия и имя сотрудника нашей компании.", "Name of a colleague on the account team."],
      CR
    ),
    f(
      "role",
      "list:team_roles",
      ["Роль", "Role"],
      [
        "Роль в работе с клиентом. В команде нужен КАМ и желателен поручитель.",
        "Role on the account. A KAM is needed, an executive sponsor is desirable.",
      ],
      CR
    ),
    f(
      "commitments",
      "long_text",
      ["Обязательства", "Commitments"],
      ["За что отвечает участник.", "What this member is responsible for."]
    ),
    f(
      "time_share",
      "percent",
      ["Доля времени", "Time share"],
      [
        "Доля рабочего времени на этого клиента: от 1% до 100%.",
        "Share of the member's time on this client: 1% to 100%.",
      ],
      { ...C, min: 0.01, max: 1 }
    ),
  ]),
  ...sectionFields("Assortment", [
    f(
      "item",
      "text",
      ["Позиция", "Item"],
      ["Товар или группа товаров.", "Product or product group."],
      CR
    ),
    f("category", "text", ["Категория", "Category"], ["Товарная категория.", "Product category."]),
    f(
      "status",
      "list:assortment_status",
      ["Статус", "Status"],
      ["Что делаем с позицией у клиента.", "What we do with the item at this client."],
      C
    ),
    f("note", "text", ["Примечание", "Note"], ["Комментарий.", "A comment."]),
  ]),
  ...sectionFields("SalesPlan", [
    f(
      "item",
      "text",
      ["Позиция", "Item"],
      [
        "Позиция из ассортимента; суммы по месяцам — в столбцах справа.",
        "An item of the assortment; monthly amounts in the columns to the right.",
      ],
      CR
    ),
  ]),
  ...sectionFields("SalesActual", [
    f(
      "item",
      "text",
      ["Позиция", "Item"],
      [
        "Позиция, как в плане продаж; фактические суммы по месяцам — справа.",
        "The item as in the sales plan; actual monthly amounts to the right.",
      ],
      CR
    ),
  ]),
  ...sectionFields("DiscountTiers", [
    f(
      "tier",
      "text",
      ["Ступень", "Tier"],
      ["Название ступени скидки.", "Name of the discount tier."]
    ),
    f(
      "condition",
      "list:discount_conditions",
      ["Условие", "Condition"],
      ["За что даётся скидка.", "Why the discount is granted."],
      CR
    ),
    f(
      "basis_period",
      "list:period_types",
      ["Период расчёта", "Basis period"],
      [
        "За какой период считается объём продаж для порога.",
        "The period whose sales are compared with the threshold.",
      ],
      CR
    ),
    f(
      "threshold",
      "amount",
      ["Порог продаж", "Sales threshold"],
      [
        "Скидка действует, когда продажи за период не меньше порога.",
        "The tier applies when sales in the period reach this amount.",
      ],
      { ...CR, ...AMOUNT }
    ),
    f(
      "rate",
      "percent",
      ["Ставка скидки", "Discount rate"],
      ["Скидка в процентах, например 3%.", "Discount as a percentage, e.g. 3%."],
      { ...CR, ...SHARE }
    ),
    f(
      "accrual",
      "list:accrual_types",
      ["Начисление", "Accrual"],
      ["В накладной или ретро-бонусом.", "On the invoice or as a retro bonus."]
    ),
  ]),
  ...sectionFields("Activities", [
    f(
      "activity",
      "text",
      ["Мероприятие", "Activity"],
      ["Что делаем для развития отношений.", "What we do to develop the relationship."],
      CR
    ),
    f(
      "date",
      "date",
      ["Дата", "Date"],
      ["Дата в пределах периода плана.", "A date within the plan period."],
      C
    ),
    f(
      "owner",
      "text",
      ["Ответственный", "Owner"],
      ["Кто отвечает за мероприятие.", "Who is responsible."]
    ),
    f(
      "cost",
      "amount",
      ["Затраты", "Cost"],
      ["Затраты из бюджета на мероприятия.", "Cost charged to the activity budget."],
      { ...C, ...AMOUNT }
    ),
    f(
      "status",
      "list:activity_status",
      ["Статус", "Status"],
      [
        "Отменённые мероприятия не входят в затраты.",
        "Cancelled activities do not count as spending.",
      ]
    ),
    f("goal", "text", ["Цель", "Goal"], ["Чего хотим добиться.", "What we want to achieve."]),
    f(
      "kind",
      "list:activity_kinds",
      ["Вид", "Kind"],
      [
        "Встреча, промоакция, обучение, мероприятие или другое. Для промоакции считается эффект.",
        "Meeting, promo, training, event or other. A promo gets its effect computed.",
      ]
    ),
    f(
      "item",
      "text",
      ["Позиция", "Item"],
      [
        "Позиция плана продаж, на которую направлена акция; пусто — все позиции.",
        "The sales plan item the promo is for; empty: all items.",
      ]
    ),
    f(
      "effect_from",
      "date",
      ["Эффект с", "Effect from"],
      [
        "Любая дата первого месяца эффекта; пусто — месяц мероприятия.",
        "Any date in the first month of the effect; empty: the activity's month.",
      ]
    ),
    f(
      "effect_to",
      "date",
      ["Эффект по", "Effect to"],
      [
        "Любая дата последнего месяца эффекта; пусто — месяц мероприятия.",
        "Any date in the last month of the effect; empty: the activity's month.",
      ]
    ),
    f(
      "baseline",
      "computed",
      ["База до акции", "Baseline"],
      [
        "Считается сама для промоакции: средний факт за месяц за до 3 месяцев перед эффектом.",
        "Computed for a promo: the average monthly actual over up to 3 months before the effect.",
      ]
    ),
    f(
      "incremental",
      "computed",
      ["Прирост продаж", "Incremental sales"],
      [
        "Считается сам: факт за месяцы эффекта минус база × число месяцев.",
        "Computed: actual over the effect months minus baseline × their count.",
      ]
    ),
    f(
      "incremental_per_cost",
      "computed",
      ["Прирост на рубль затрат", "Incremental per cost"],
      ["Считается сам: прирост ÷ затраты.", "Computed: incremental ÷ cost."]
    ),
    f(
      "promo_return",
      "computed",
      ["Отдача акции", "Promo return"],
      [
        "Считается сама: прирост × валовая маржа (gross_margin в Config) − затраты.",
        "Computed: incremental × gross margin (gross_margin on Config) − cost.",
      ]
    ),
  ]),
  ...sectionFields("Risks", [
    f(
      "risk",
      "text",
      ["Риск", "Risk"],
      ["Что может помешать выполнить план.", "What may stop the plan being met."],
      CR
    ),
    f(
      "probability",
      "list:levels",
      ["Вероятность", "Probability"],
      ["Низкая, средняя или высокая.", "Low, medium or high."]
    ),
    f(
      "impact",
      "list:levels",
      ["Влияние", "Impact"],
      ["Насколько сильно скажется на плане.", "How much it would hurt the plan."]
    ),
    f(
      "mitigation",
      "long_text",
      ["Меры снижения", "Mitigation"],
      ["Что делаем, чтобы риск не сработал.", "What we do to prevent or soften it."]
    ),
    f(
      "owner",
      "text",
      ["Ответственный", "Owner"],
      ["Кто следит за риском.", "Who watches the risk."]
    ),
  ]),
  ...sectionFields("KPI", [
    f(
      "kpi",
      "text",
      ["Показатель", "KPI"],
      ["Название показателя, например «Выручка».", 'Name of the indicator, e.g. "Revenue".'],
      CR
    ),
    f(
      "unit",
      "text",
      ["Единица", "Unit"],
      ["Единица измерения: руб., шт., %.", "Unit: RUB, pcs, %."]
    ),
    f(
      "period",
      "list:period_types",
      ["Период", "Period"],
      [
        "Период измерения KPI: не длиннее плана и совпадает с финансовыми периодами.",
        "Measurement period: not longer than the plan, aligned with fiscal periods.",
      ],
      CR
    ),
    f(
      "target",
      "number",
      ["Цель", "Target"],
      ["Целевое значение показателя.", "Target value."],
      CR
    ),
    f(
      "actual",
      "number",
      ["Факт", "Actual"],
      ["Фактическое значение; пусто, пока не измерено.", "Actual value; empty until measured."],
      C
    ),
    f(
      "direction",
      "list:kpi_directions",
      ["Направление", "Direction"],
      [
        "Больше — лучше (по умолчанию) или меньше — лучше (например, просрочка в днях).",
        "Higher is better (default) or lower is better (e.g. overdue days).",
      ]
    ),
    f(
      "metric",
      "list:kpi_metrics",
      ["Показатель плана", "Plan metric"],
      [
        "«Продажи»: KPI по плану продаж; пустой факт берётся из факта продаж на дату.",
        "“Sales”: a KPI on the sales plan; an empty actual takes the actual sales to date.",
      ]
    ),
    f(
      "weight",
      "percent",
      ["Вес", "Weight"],
      [
        "Вес показателя; сумма весов всех KPI — 100%.",
        "Weight of the KPI; all weights add up to 100%.",
      ],
      { ...CR, ...SHARE }
    ),
    f(
      "fulfillment",
      "computed",
      ["Выполнение", "Fulfillment"],
      ["Считается само: факт ÷ цель.", "Computed: actual ÷ target."],
      C
    ),
  ]),
] as const satisfies readonly FieldDef[];
