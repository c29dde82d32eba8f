/**
 * The headline figures of an analysis, as cards: annual revenue (hourly vs today vs recommended),
 * margin (after tool costs), capacity, effective rate, hours, and how many home clients one
 * small-business client is worth.
 */
import { Fragment, useId, type ReactNode } from "react";
import { Body1, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Kpis } from "../../../core/pricing/kpis";
import type { Formats } from "../format";
import { keyFigure, type KeyFigure } from "../../../core/report/keyFigures";
import { formatKpi } from "../whatIfFormat";

/** Rows of figures from the catalogue, with its labels: the sheet and the CLI say the same. */
const REVENUE_ROWS = (["annualHourlyRevenue", "annualRecommendedRevenue"] as const).map(keyFigure);
const MARGIN_ROWS = (["annualRecommendedMargin"] as const).map(keyFigure);

function FigureRows({ figures, kpis, formats }: { figures: readonly KeyFigure[]; kpis: Kpis; formats: Formats }) {
  const styles = useStyles();
  return (
    <>
      {figures.map((figure) => (
        <Fragment key={figure.field}>
          <dt className={styles.term}>{figure.label}</dt>
          <dd className={styles.figure}>{formatKpi(figure.kind, kpis[figure.field as keyof Kpis], formats)}</dd>
        </Fragment>
      ))}
    </>
  );
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  wide: { gridColumn: "1 / -1" },
  title: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  value: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  rows: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2 },
  figure: { margin: 0, textAlign: "end", fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

function Card({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <section className={mergeClasses(styles.card, wide && styles.wide)} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      {children}
    </section>
  );
}

export interface KpiCardsProps {
  kpis: Kpis;
  /** Hours a year, from the analysis totals × 12. */
  annualHours: { work: number; travel: number };
  formats: Formats;
  /** The workbook sets tool costs: the margins are after them, and the Margin card says so. */
  afterTools?: boolean;
}

export function KpiCards({ kpis, annualHours, formats, afterTools = false }: KpiCardsProps) {
  const styles = useStyles();
  const change = kpis.annualRecommendedRevenue - kpis.annualCurrentRevenue;
  return (
    <div className={styles.grid}>
      <Card title="Annual revenue" wide>
        <Text className={styles.value}>{formats.money(kpis.annualCurrentRevenue)}</Text>
        <Caption1 className={styles.note}>{`Today, from ${kpis.clients.toLocaleString()} clients`}</Caption1>
        <dl className={styles.rows}>
          <FigureRows figures={REVENUE_ROWS} kpis={kpis} formats={formats} />
          <dt className={styles.term}>Recommended vs today</dt>
          <dd className={mergeClasses(styles.figure, change > 0.5 && styles.up, change < -0.5 && styles.down)}>
            {formats.moneyChange(change)}
          </dd>
        </dl>
      </Card>
      <Card title={afterTools ? "Margin after tools" : "Margin"}>
        <Text className={styles.value}>{kpis.currentMarginPct === null ? "—" : formats.percent(kpis.currentMarginPct)}</Text>
        <Caption1 className={styles.note}>
          {`${formats.money(kpis.annualCurrentMargin)} a year today${afterTools ? ", after the tools of clients on agreements" : ""}`}
        </Caption1>
        {kpis.recommendedMarginPct !== null && (
          <Caption1 className={styles.note}>{`${formats.percent(kpis.recommendedMarginPct)} on the recommended tiers`}</Caption1>
        )}
        <dl className={styles.rows}>
          <FigureRows figures={MARGIN_ROWS} kpis={kpis} formats={formats} />
        </dl>
      </Card>
      <Card title="Capacity">
        <Text className={styles.value}>{kpis.utilisation === null ? "—" : formats.percent(kpis.utilisation)}</Text>
        <Caption1 className={styles.note}>
          {`uses ${kpis.utilisation === null ? "—" : formats.percent(kpis.utilisation)} of your ${formats.number(kpis.availableHours)} hours a month`}
        </Caption1>
        <Caption1 className={mergeClasses(styles.note, kpis.usedHours > kpis.availableHours && styles.down)}>
          {kpis.usedHours > kpis.availableHours
            ? `${formats.hours(kpis.usedHours - kpis.availableHours)} a month more than you have`
            : `${formats.hours(kpis.availableHours - kpis.usedHours)} a month left`}
        </Caption1>
      </Card>
      <Card title="Effective rate">
        <Text className={styles.value}>{kpis.effectiveRate === null ? "—" : formats.rate(kpis.effectiveRate)}</Text>
        <Caption1 className={styles.note}>per hour of work and travel</Caption1>
      </Card>
      <Card title="Hours a year">
        <Text className={styles.value}>{formats.hours(Math.round(annualHours.work + annualHours.travel))}</Text>
        <Caption1 className={styles.note}>{`${formats.hours(Math.round(annualHours.travel))} of it driving`}</Caption1>
      </Card>
      <Card title="Home vs small business">
        {kpis.homeClientsPerSmallBusiness === null ? (
          <Body1>Needs clients in both a Home and a Small business segment.</Body1>
        ) : (
          <>
            <Text className={styles.value}>{formats.number(kpis.homeClientsPerSmallBusiness)}</Text>
            <Caption1 className={styles.note}>home clients bring in as much revenue as 1 small-business client</Caption1>
          </>
        )}
      </Card>
    </div>
  );
}
