/** The workbook view shows cells as the report's layout measures them: one formatter for both. */
export { cellText } from "../../../core/report/layout/cellText";
