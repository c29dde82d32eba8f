/**
 * The preview (`npm run preview`, `npm run test:e2e`), built apart from the add-in into
 * dist-preview/: the page that shows the task pane beside the workbook (index.html + preview.js),
 * and office.js, the shim served in place of Microsoft's Office.js that gives the pane an in-memory
 * Excel. None of it is in dist/, so the add-in's bundle and its size are untouched.
 *
 *   npm run build:preview
 */
const path = require("node:path");
const typeScriptRule = require("./tools/webpackTypeScript");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = {
  mode: "production",
  devtool: false,
  entry: {
    preview: "./src/apps/preview/page/main.ts",
    office: "./src/apps/preview/shim/office.ts",
  },
  output: { path: path.resolve(__dirname, "dist-preview"), filename: "[name].js", publicPath: "/preview/", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      typeScriptRule({ sourceMap: false }),
    ],
  },
  plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/apps/preview/page/index.html", chunks: ["preview"] })],
  performance: { hints: false },
};
