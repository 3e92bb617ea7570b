import type { EconomicsCode } from "./economics-args";
import type { FindingArgs, MessageTemplate, MessageTemplates } from "./types";

function message<C extends EconomicsCode>(
  ru: (v: FindingArgs[C]) => string,
  en: (v: FindingArgs[C]) => string
): MessageTemplate<FindingArgs[C]> {
  return { ru, en };
}

const WHAT_RU = {
  probability: "вероятностью",
  impact: "влиянием",
  both: "вероятностью и влиянием",
};
const WHAT_EN = { probability: "probability", impact: "impact", both: "probability and impact" };

/**
 * Messages of the codes of spec §10 (src/domain/checks/economics.ts and the
 * sharper checks): what is wrong, with the values, and how to fix it.
 */
export const ECONOMICS_MESSAGES: MessageTemplates<EconomicsCode> = {
  KPI_TARGET_NOT_PLAN: message<"KPI_TARGET_NOT_PLAN">(
    (v) =>
      `Цель KPI «${v.kpi}» по продажам — ${v.target}, а план продаж — ${v.plan} (расхождение ${v.diff}). Приведите цель к плану продаж или поправьте план.`,
    (v) =>
      `The sales KPI “${v.kpi}” targets ${v.target}, but the sales plan is ${v.plan} (off by ${v.diff}). Align the target with the sales plan or correct the plan.`
  ),
  PROMO_UNPROFITABLE: message<"PROMO_UNPROFITABLE">(
    (v) =>
      `Промоакция «${v.activity}» убыточна: прирост продаж ${v.incremental} × валовая маржа ${v.margin} меньше затрат ${v.cost} на ${v.loss}. Пересмотрите условия акции или её затраты.`,
    (v) =>
      `The promo “${v.activity}” lost money: incremental sales of ${v.incremental} × gross margin ${v.margin} fall short of its cost of ${v.cost} by ${v.loss}. Rethink the promo's terms or its cost.`
  ),
  DELISTED_ITEM_PLANNED: message<"DELISTED_ITEM_PLANNED">(
    (v) =>
      `Позиция «${v.item}» выводится из ассортимента (статус «${v.status}»), но в плане продаж на неё ${v.planned}. Уберите её из плана продаж или смените статус.`,
    (v) =>
      `The item “${v.item}” is being delisted (status “${v.status}”), yet the sales plan has ${v.planned} for it. Remove it from the sales plan or change its status.`
  ),
  RISK_WITHOUT_MITIGATION: message<"RISK_WITHOUT_MITIGATION">(
    (v) =>
      `У риска «${v.risk}» с ${WHAT_RU[v.what]} «${v.level}» не указаны меры снижения. Опишите, что делаем, чтобы риск не сработал.`,
    (v) =>
      `The risk “${v.risk}” has ${WHAT_EN[v.what]} “${v.level}” and no mitigation. Describe what we do to prevent or soften it.`
  ),
  ACTIVITY_WITHOUT_OWNER: message<"ACTIVITY_WITHOUT_OWNER">(
    (v) => `У мероприятия «${v.activity}» нет ответственного. Укажите, кто за него отвечает.`,
    (v) => `The activity “${v.activity}” has no owner. Name who is responsible for it.`
  ),
  DMU_CONTACT_STALE: message<"DMU_CONTACT_STALE">(
    (v) =>
      v.kind === "never"
        ? `С «${v.person}» (${v.role}) контакт не указан. Свяжитесь и впишите дату последнего контакта.`
        : `Последний контакт с «${v.person}» (${v.role}) был ${v.last}, а по регламенту (раз в ${v.months} мес.) нужен был до ${v.due}. Свяжитесь и обновите дату контакта.`,
    (v) =>
      v.kind === "never"
        ? `No contact with “${v.person}” (${v.role}) is recorded. Get in touch and enter the date of the last contact.`
        : `The last contact with “${v.person}” (${v.role}) was on ${v.last}; every ${v.months} months means one was due by ${v.due}. Get in touch and update the contact date.`
  ),
};
