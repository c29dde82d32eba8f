/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  reporters: ["default", "<rootDir>/tools/jestSummaryLine.js"],
};
