/**
 * The task pane's entry: once Office.js is ready, render the pane over the real Excel service.
 * The end-to-end suite and `npm run preview` provide `Office` and `Excel` from the in-memory
 * workbook model instead of the CDN, and this file runs unchanged over them.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelService } from "./excelService";
import { WhatIf } from "./components/WhatIf";
import { unsupportedHost } from "./hostCheck";

void Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const refusal = unsupportedHost({
    host: info?.host ? String(info.host) : null,
    supportsExcelApi: (version) => Office.context?.requirements?.isSetSupported("ExcelApi", version) === true,
  });
  if (refusal !== null) {
    const message = document.createElement("p");
    message.style.cssText = "font-family: 'Segoe UI', system-ui, sans-serif; margin: 16px; line-height: 1.5";
    message.textContent = refusal;
    container.replaceChildren(message);
    return;
  }
  // Office's display language drives number formatting; outside Office (or in the model) the browser's.
  const locale = Office.context?.displayLanguage || undefined;
  createRoot(container).render(
    <App service={createExcelService()} locale={locale} whatIf={(props) => <WhatIf {...props} />} />,
  );
});
