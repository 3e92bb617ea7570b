import {
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PromoResult } from "../../domain/calc/economics";
import type { MessageKey } from "../../i18n/translate";
import { usePane } from "../hooks/paneContext";
import { paneAmount, paneRatio } from "../paneFormat";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  promo: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  warning: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Props of the promo results. */
export interface PromoResultsProps {
  /** The promos to show (`reviewedPromos`: every promo row but the cancelled ones), in sheet order. */
  readonly promos: readonly PromoResult[];
  readonly currency: string;
  /** Whether `Settings.gross_margin` is set: without it no return is claimed (spec §10). */
  readonly marginSet: boolean;
}

/**
 * The effect of every promo activity (spec §10): its baseline, incremental sales, incremental per
 * cost and return, once the reporting month reaches its end. A promo whose return is below 0 (the
 * check's `PROMO_UNPROFITABLE`) says so in the warning colour, as the check lists it.
 */
export function PromoResults({ promos, currency, marginSet }: PromoResultsProps): ReactElement {
  const { t, lang } = usePane();
  const styles = useStyles();
  const empty = t("numbers.empty");
  const money = (v: number | null): string => paneAmount(v, lang, currency) ?? empty;
  return (
    <section className={styles.section} aria-labelledby="numbers-promos">
      <Subtitle2 as="h2" id="numbers-promos">
        {t("numbers.promos")}
      </Subtitle2>
      {promos.length === 0 ? (
        <Caption1>{t("numbers.noPromos")}</Caption1>
      ) : (
        <>
          <Caption1>{t("numbers.promosHint")}</Caption1>
          <ul className={styles.list}>
            {promos.map((p) => {
              const title = p.activity?.trim() ?? "";
              const name = title === "" ? t("numbers.promoRow", { row: p.row }) : title;
              const atLoss = p.promoReturn !== null && p.promoReturn < 0;
              const rows: readonly (readonly [MessageKey, string, boolean])[] = [
                ["numbers.promoBaseline", money(p.baseline), false],
                ["numbers.promoIncremental", money(p.incremental), false],
                ["numbers.promoPerCost", paneRatio(p.incrementalPerCost, lang) ?? empty, false],
                ...(marginSet
                  ? [
                      [
                        "numbers.promoReturn",
                        atLoss
                          ? `${money(p.promoReturn)} · ${t("numbers.promoUnprofitable")}`
                          : money(p.promoReturn),
                        atLoss,
                      ] as const,
                    ]
                  : []),
              ];
              return (
                <li
                  key={p.row}
                  className={styles.promo}
                  data-testid={`promo-${p.row}`}
                  {...(atLoss ? { "data-status": "warning" } : {})}
                >
                  <Text weight="semibold">{name}</Text>
                  {p.incremental === null ? (
                    <Caption1>{t("numbers.promoPending")}</Caption1>
                  ) : (
                    <dl className={styles.facts} aria-label={name}>
                      {rows.map(([key, value, warn]) => (
                        <div key={key} className={styles.pair}>
                          <dt className={mergeClasses(styles.term, warn && styles.warning)}>
                            {t(key)}
                          </dt>
                          <dd
                            className={mergeClasses(styles.value, warn && styles.warning)}
                            data-testid={`promo-${p.row}.${key.replace("numbers.", "")}`}
                          >
                            {value}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </li>
              );
            })}
          </ul>
          {marginSet ? null : <Caption1>{t("numbers.promoNoMargin")}</Caption1>}
        </>
      )}
    </section>
  );
}
