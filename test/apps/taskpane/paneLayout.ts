/**
 * jsdom lays nothing out: every element's offsetParent is null and <body> measures 0 × 0, so Fluent's
 * focus manager (tabster, active once an Accordion or a Dialog is in the tree) takes every control
 * for hidden and Tab lands on <body>. In a real pane both hold; this gives jsdom the same, for
 * each test of the file that calls it.
 */
export function givePaneLayout(): void {
  beforeEach(() => {
    jest.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(function (this: HTMLElement) {
      return this.parentElement;
    });
    jest.spyOn(document.body, "getBoundingClientRect").mockReturnValue(DOMRect.fromRect({ width: 320, height: 800 }));
  });
  afterEach(() => jest.restoreAllMocks());
}
