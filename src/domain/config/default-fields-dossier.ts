import { C, CR, f, sectionFields } from "./default-field";
import type { FieldDef } from "./types";

const AMOUNT = { min: 0 } as const;

/** Fields of the `Dossier` sheet (spec section 3): the ClientProfile form and its tables. */
export const DOSSIER_FIELDS = [
  ...sectionFields("ClientProfile", [
    f(
      "client_description",
      "long_text",
      ["Описание клиента", "Client description"],
      [
        "Чем занимается клиент, его рынки и продукты.",
        "What the client does: markets and products.",
      ]
    ),
    f(
      "client_history",
      "long_text",
      ["История клиента", "Client history"],
      ["Ключевые вехи истории компании клиента.", "Milestones of the client's history."]
    ),
    f(
      "headcount",
      "integer",
      ["Численность сотрудников", "Headcount"],
      ["Сколько человек работает у клиента.", "Number of employees."],
      { min: 0 }
    ),
    f(
      "org_structure",
      "long_text",
      ["Организационная структура", "Organisation structure"],
      ["Департаменты, отделы, филиалы, дочерние компании.", "Departments, branches, subsidiaries."]
    ),
    f(
      "mission",
      "long_text",
      ["Миссия", "Mission"],
      ["Миссия клиента своими словами.", "The client's mission in a few words."]
    ),
    f(
      "positioning",
      "long_text",
      ["Позиционирование", "Positioning"],
      ["Как клиент позиционирует себя на рынке.", "How the client positions itself."]
    ),
    f(
      "industry_trends",
      "long_text",
      ["Тенденции отрасли", "Industry trends"],
      ["Куда движется отрасль клиента.", "Where the client's industry is heading."]
    ),
    f(
      "culture",
      "long_text",
      ["Корпоративная культура", "Culture"],
      ["Как принято работать у клиента.", "How things are done at the client."]
    ),
    f(
      "financials",
      "long_text",
      ["Финансовые показатели", "Financials"],
      ["Выручка, прибыль, динамика.", "Revenue, profit, trends."]
    ),
    f(
      "client_budget",
      "amount",
      ["Бюджет клиента на нашу категорию", "Client budget for our category"],
      [
        "Сколько клиент тратит на закупки нашей категории в год.",
        "What the client spends on our category per year.",
      ],
      AMOUNT
    ),
    f(
      "previous_suppliers",
      "text",
      ["Прежние поставщики", "Previous suppliers"],
      ["У кого клиент покупал раньше.", "Who the client bought from before."]
    ),
    f(
      "decision_process",
      "long_text",
      ["Как принимаются решения", "Decision process"],
      ["Как устроена система принятия решений о закупках.", "How purchasing decisions are made."]
    ),
    f(
      "relationship_status",
      "list:relationship_status",
      ["Состояние отношений", "Relationship status"],
      ["Отношения с клиентом сейчас.", "The relationship today."]
    ),
    f(
      "opportunity_1y",
      "amount",
      ["Объём возможностей на год", "Size of opportunity, 1 year"],
      [
        "Возможный доход от клиента в ближайший год.",
        "Possible revenue from the client in the next year.",
      ],
      { ...CR, ...AMOUNT }
    ),
    f(
      "opportunity_3_5y",
      "amount",
      ["Объём возможностей на 3–5 лет", "Size of opportunity, 3–5 years"],
      ["Возможный доход от клиента за 3–5 лет.", "Possible revenue over 3–5 years."],
      { ...C, ...AMOUNT }
    ),
    f(
      "last_review",
      "date",
      ["Последний пересмотр досье", "Last review"],
      [
        "Дата, когда досье последний раз проверяли и обновляли.",
        "When the dossier was last reviewed.",
      ],
      CR
    ),
    f(
      "next_review",
      "computed",
      ["Следующий пересмотр досье", "Next review"],
      [
        "Считается сам: последний пересмотр + периодичность из настроек.",
        "Computed: last review + the review cadence.",
      ],
      C
    ),
  ]),
  ...sectionFields("Environment", [
    f(
      "party_type",
      "list:party_types",
      ["Тип", "Party type"],
      [
        "Клиент клиента, конкурент, поставщик, банк…",
        "The client's customer, competitor, supplier, bank…",
      ]
    ),
    f(
      "name",
      "text",
      ["Название", "Name"],
      ["Название организации.", "Name of the organisation."],
      { req: true }
    ),
    f(
      "note",
      "text",
      ["Примечание", "Note"],
      ["Чем она важна для клиента.", "Why it matters to the client."]
    ),
  ]),
  ...sectionFields("History", [
    f(
      "date",
      "date",
      ["Дата", "Date"],
      ["Когда была поставка или тендер.", "When the delivery or tender was."],
      C
    ),
    f(
      "kind",
      "list:history_kinds",
      ["Вид", "Kind"],
      ["Поставка или тендер.", "Delivery or tender."]
    ),
    f(
      "subject",
      "text",
      ["Предмет", "Subject"],
      ["Что поставляли или на что был тендер.", "What was supplied or tendered."],
      { req: true }
    ),
    f(
      "outcome",
      "list:outcomes",
      ["Результат", "Outcome"],
      [
        "Выиграли, проиграли, участвовали или тендер отменён.",
        "Won, lost, participated or cancelled.",
      ]
    ),
    f(
      "amount",
      "amount",
      ["Сумма", "Amount"],
      ["Сумма поставки или тендера.", "Amount of the delivery or tender."],
      AMOUNT
    ),
  ]),
  ...sectionFields("DecisionGroup", [
    f("person", "text", ["Сотрудник клиента", "Person"], ["Фамилия и имя.", "Name."], CR),
    f("position", "text", ["Должность", "Position"], ["Должность у клиента.", "Job title."]),
    f(
      "role",
      "list:dmu_roles",
      ["Роль в ГПР", "Role in the DMU"],
      [
        "Роль в принятии решения. Нужен хотя бы один ЛПР.",
        "Role in the decision. At least one decision maker is needed.",
      ],
      CR
    ),
    f(
      "attitude",
      "list:attitudes",
      ["Отношение к нам", "Attitude to us"],
      ["Сторонник, нейтрален или противник.", "Supporter, neutral or opponent."],
      C
    ),
    f(
      "influence",
      "integer",
      ["Влияние (1–5)", "Influence (1–5)"],
      [
        "Влияние на решение: от 1 (слабое) до 5 (решающее).",
        "Influence on the decision: 1 (weak) to 5 (decisive).",
      ],
      { min: 1, max: 5 }
    ),
    f(
      "last_contact",
      "date",
      ["Последний контакт", "Last contact"],
      ["Когда последний раз общались.", "When we last spoke."]
    ),
    f(
      "our_contact",
      "text",
      ["Контакт с нашей стороны", "Our contact"],
      ["Кто из наших поддерживает отношения.", "Who on our side keeps the relationship."]
    ),
  ]),
  ...sectionFields("Competitors", [
    f(
      "name",
      "text",
      ["Конкурент", "Competitor"],
      [
        "Кто или что конкурирует за бюджет клиента.",
        "Who or what competes for the client's budget.",
      ],
      CR
    ),
    f(
      "type",
      "list:competitor_types",
      ["Тип конкурента", "Competitor type"],
      [
        "Рассмотрите все четыре типа: инерция и «сделают сами» часто опаснее всех.",
        "Consider all four types: inertia and do-it-yourself are often the most dangerous.",
      ],
      CR
    ),
    f(
      "offering",
      "text",
      ["Предложение", "Offering"],
      ["Что предлагает конкурент.", "What the competitor offers."]
    ),
    f(
      "strengths",
      "text",
      ["Сильные стороны", "Strengths"],
      ["В чём конкурент сильнее.", "Where the competitor is stronger."]
    ),
    f(
      "weaknesses",
      "text",
      ["Слабые стороны", "Weaknesses"],
      ["В чём конкурент слабее.", "Where the competitor is weaker."]
    ),
    f(
      "threat",
      "list:levels",
      ["Угроза", "Threat"],
      ["Насколько опасен конкурент.", "How dangerous the competitor is."]
    ),
    f(
      "our_response",
      "long_text",
      ["Наш ответ", "Our response"],
      ["Что мы противопоставляем.", "How we respond."]
    ),
  ]),
] as const satisfies readonly FieldDef[];
