/**
 * The What-if levers as number inputs, in groups: rates, travel, each tier, the client mix.
 * Each input's accessible name is the lever's ("Business monthly fee", "Home clients"); its
 * hint gives the workbook's value, and a value out of bounds says what to enter.
 */
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { SettingLever } from "../../pricing/levers";
import type { Settings } from "../../workbook/model";
import type { Formats } from "../format";
import type { LeverInput } from "../hooks/useWhatIf";
import { formatLever, leverSuffix } from "../whatIfFormat";

const useStyles = makeStyles({
  group: {
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(132px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  input: { minWidth: 0, width: "100%" },
  unit: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

const RATES: readonly SettingLever[] = ["hourlyRate", "agreementHourlyRate", "minimumHoursPerVisit", "billingIncrement"];
const TRAVEL: readonly SettingLever[] = ["freeTravelRadius", "tripCharge", "mileageRate", "travelTimeRate"];

/** Steps for the arrow keys: a consultant moves rates by 5, hours by a quarter, fees by 50. */
function step(input: LeverInput): number {
  const { lever } = input;
  if (lever.kind === "mix") return 1;
  if (lever.kind === "tier") return lever.field === "monthlyFee" ? 50 : 1;
  switch (lever.key) {
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
        label={visibleLabel}
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
      {tiers.map((tier) => (
        <fieldset key={tier} className={styles.group}>
          <legend className={styles.legend}>{`${tier} tier`}</legend>
          {inputs
            .filter((i) => i.lever.kind === "tier" && i.lever.tier === tier)
            .map((i) => field(i, i.lever.kind === "tier" && i.lever.field === "monthlyFee" ? "Monthly fee" : "Included hours"))}
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
