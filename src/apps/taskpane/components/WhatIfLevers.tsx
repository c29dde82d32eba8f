/**
 * The What-if levers as number inputs, in the lever catalogue's groups: the ones people move most
 * (hourly rate, free radius, the trip charge or each travel zone's, each tier's monthly fee) and
 * the client mix always shown, the rest folded (other rates, other travel costs, each tier's
 * other prices, tool costs, contract and team). Each input's accessible name is the lever's
 * ("Business monthly fee", "Trip charge up to 25"); its hint gives the workbook's value, and a
 * value out of bounds says what to enter.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { TIER_LEVER_LABELS, type LeverGroup } from "../../../core/whatIf/levers";
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
  folded: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { paddingBottom: tokens.spacingVerticalS },
});

export interface WhatIfLeversProps {
  inputs: LeverInput[];
  onChange: (key: string, text: string) => void;
  formats: Formats;
  distanceUnit: Settings["distanceUnit"];
  disabled?: boolean;
}

/** The folded groups, in order, with their headings. */
const FOLDED: readonly { group: Exclude<LeverGroup, "main" | "mix" | "tier">; heading: string }[] = [
  { group: "rates", heading: "Other rates" },
  { group: "travel", heading: "Other travel charges" },
  { group: "tools", heading: "Tool costs (per month, clients on agreements)" },
  { group: "team", heading: "Contract and team" },
  { group: "renewal", heading: "Renewals (a year on)" },
];

export function WhatIfLevers({ inputs, onChange, formats, distanceUnit, disabled }: WhatIfLeversProps) {
  const styles = useStyles();

  const visibleLabel = (input: LeverInput): string => {
    const { lever } = input;
    // Short enough for a 320 px pane; the full name ("Trip charge up to 25") is the tooltip and the accessible name.
    if (lever.kind === "zone") return `Trip charge ≤ ${lever.upTo} ${distanceUnit === "km" ? "km" : "mi"}`;
    if (lever.kind === "mix") return lever.segment;
    if (lever.kind === "tier" && input.group === "tier") return TIER_LEVER_LABELS[lever.field];
    if (lever.kind === "setting" && input.group === "tools") return input.label.replace(/^Tool cost per /, "Per ");
    return input.label;
  };

  const field = (input: LeverInput) => (
    <Field
      key={input.key}
      className={styles.field}
      label={{ children: visibleLabel(input), title: input.label, className: styles.label }}
      hint={`Workbook: ${formatLever(input.lever, input.base, formats, distanceUnit)}.`}
      validationMessage={input.problem ?? undefined}
      validationState={input.problem ? "error" : "none"}
    >
      <Input
        className={styles.input}
        type="number"
        inputMode="decimal"
        aria-label={input.label}
        value={input.text}
        step={input.step}
        min={0}
        disabled={disabled}
        data-lever={input.key}
        contentAfter={<span className={styles.unit}>{leverSuffix(input.lever, distanceUnit)}</span>}
        onChange={(_, data) => onChange(input.key, data.value)}
      />
    </Field>
  );

  const inGroup = (group: LeverGroup) => inputs.filter((i) => i.group === group);
  const tierInputs = inGroup("tier");
  const tiers = [...new Set(tierInputs.flatMap((i) => (i.lever.kind === "tier" ? [i.lever.tier] : [])))];
  const folded = [
    ...FOLDED.slice(0, 2).map(({ group, heading }) => ({ id: group, heading, items: inGroup(group) })),
    ...tiers.map((tier) => ({
      id: `tier:${tier}`,
      heading: `${tier} tier: other prices`,
      items: tierInputs.filter((i) => i.lever.kind === "tier" && i.lever.tier === tier),
    })),
    ...FOLDED.slice(2).map(({ group, heading }) => ({ id: group, heading, items: inGroup(group) })),
  ].filter((g) => g.items.length > 0);
  const mix = inGroup("mix");

  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Most used</legend>
        {inGroup("main").map(field)}
      </fieldset>
      {mix.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Client mix (target clients per segment)</legend>
          {mix.map(field)}
        </fieldset>
      )}
      <Accordion multiple collapsible className={styles.folded}>
        {folded.map(({ id, heading, items }) => {
          const changed = items.filter((i) => i.text !== String(i.base)).length;
          return (
            <AccordionItem key={id} value={id}>
              <AccordionHeader size="small">{changed > 0 ? `${heading} (${changed} changed)` : heading}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <div className={styles.group} role="group" aria-label={heading}>
                  {items.map(field)}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </>
  );
}
