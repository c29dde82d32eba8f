/**
 * The What-if levers as number inputs, in groups: rates, travel, each tier, the client mix.
 * Each input's accessible name is the lever's ("Business monthly fee", "Home clients"); its
 * hint gives the workbook's value, and a value out of bounds says what to enter.
 */
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { TIER_LEVER_LABELS, type SettingLever } from "../../../core/whatIf/levers";
import type { Settings } from "../../../core/workbook/model";
import type { Formats } from "../format";
import type { LeverInput } from "../hooks/useWhatIf";
import { NARROW_PANE } from "../sharedStyles";
import { formatLever, leverSuffix } from "../whatIfFormat";

const useStyles = makeStyles({
  // Fields start at the top of their row, and every label is one line, so the inputs of a row
  // line up whatever the hints below them say.
  group: {
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
    [NARROW_PANE]: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  // Cut with "…" if it still doesn't fit; the full name is its tooltip and the input's accessible name.
  label: {
    maxWidth: "100%",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    overflowWrap: "normal",
    [NARROW_PANE]: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  input: { minWidth: 0, width: "100%" },
  unit: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

const RATES: readonly SettingLever[] = ["hourlyRate", "agreementHourlyRate", "minimumHoursPerVisit", "billingIncrement"];
const TRAVEL: readonly SettingLever[] = ["freeTravelRadius", "tripCharge", "mileageRate", "travelTimeRate"];
const TOOLS: readonly SettingLever[] = ["toolCostPerUser", "toolCostPerDevice", "toolCostPerServer"];
const TEAM: readonly SettingLever[] = ["contractTerm", "technicians", "billableHoursPerTechnician"];
const RENEWAL: readonly SettingLever[] = ["annualIncrease", "annualCostIncrease"];

/** Steps for the arrow keys: a consultant moves rates by 5, hours by a quarter, fees by 50. */
function step(input: LeverInput): number {
  const { lever } = input;
  if (lever.kind === "mix") return 1;
  if (lever.kind === "tier") {
    if (lever.field === "monthlyFee" || lever.field === "minimumFee" || lever.field === "onboardingFee") return 50;
    return lever.field === "includedHours" ? 1 : 5;
  }
  switch (lever.key) {
    case "toolCostPerUser":
    case "toolCostPerDevice":
    case "toolCostPerServer":
    case "billableHoursPerTechnician":
      return 5;
    case "contractTerm":
    case "technicians":
    case "annualIncrease":
    case "annualCostIncrease":
      return 1;
    case "hourlyRate":
    case "agreementHourlyRate":
    case "travelTimeRate":
    case "tripCharge":
      return 5;
    case "mileageRate":
      return 0.05;
    case "freeTravelRadius":
      return 1;
    default:
      return 0.25;
  }
}

export interface WhatIfLeversProps {
  inputs: LeverInput[];
  onChange: (key: string, text: string) => void;
  formats: Formats;
  distanceUnit: Settings["distanceUnit"];
  /** The workbook has travel zones: they, not the Trip charge setting, price trips. */
  hasTravelZones: boolean;
  disabled?: boolean;
}

export function WhatIfLevers({ inputs, onChange, formats, distanceUnit, hasTravelZones, disabled }: WhatIfLeversProps) {
  const styles = useStyles();

  const field = (input: LeverInput, visibleLabel: string = input.label) => {
    const was = `Workbook: ${formatLever(input.lever, input.base, formats, distanceUnit)}`;
    const zonesNote =
      hasTravelZones && input.lever.kind === "setting" && input.lever.key === "tripCharge"
        ? " Your Travel zones table sets trip charges, so this has no effect."
        : "";
    return (
      <Field
        key={input.key}
        className={styles.field}
        label={{ children: visibleLabel, title: input.label, className: styles.label }}
        hint={`${was}.${zonesNote}`}
        validationMessage={input.problem ?? undefined}
        validationState={input.problem ? "error" : "none"}
      >
        <Input
          className={styles.input}
          type="number"
          inputMode="decimal"
          aria-label={input.label}
          value={input.text}
          step={step(input)}
          min={0}
          disabled={disabled}
          contentAfter={<span className={styles.unit}>{leverSuffix(input.lever, distanceUnit)}</span>}
          onChange={(_, data) => onChange(input.key, data.value)}
        />
      </Field>
    );
  };

  const settings = (keys: readonly SettingLever[]) =>
    keys.map((k) => inputs.find((i) => i.lever.kind === "setting" && i.lever.key === k)).filter((i): i is LeverInput => !!i);
  const tiers = [...new Set(inputs.flatMap((i) => (i.lever.kind === "tier" ? [i.lever.tier] : [])))];
  const mix = inputs.filter((i) => i.lever.kind === "mix");

  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Rates</legend>
        {settings(RATES).map((i) => field(i))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Travel</legend>
        {settings(TRAVEL).map((i) => field(i))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Tool costs (per month, clients on agreements)</legend>
        {settings(TOOLS).map((i) => field(i, i.label.replace(/^Tool cost per /, "Per ")))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Contract and team</legend>
        {settings(TEAM).map((i) => field(i))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Renewals (a year on)</legend>
        {settings(RENEWAL).map((i) => field(i))}
      </fieldset>
      {tiers.map((tier) => (
        <fieldset key={tier} className={styles.group}>
          <legend className={styles.legend}>{`${tier} tier`}</legend>
          {inputs
            .filter((i) => i.lever.kind === "tier" && i.lever.tier === tier)
            .map((i) => field(i, i.lever.kind === "tier" ? TIER_LEVER_LABELS[i.lever.field] : i.label))}
        </fieldset>
      ))}
      {mix.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Client mix (target clients per segment)</legend>
          {mix.map((i) => field(i, i.lever.kind === "mix" ? i.lever.segment : i.label))}
        </fieldset>
      )}
    </>
  );
}
