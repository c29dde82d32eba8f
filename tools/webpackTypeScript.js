/**
 * The one TypeScript rule both webpack builds use (the add-in's and the preview's): ts-loader
 * transpiling only (`npm test` type-checks), to ES modules so webpack can drop the parts of
 * Fluent UI a bundle does not use.
 */
const path = require("node:path");

module.exports = function typeScriptRule({ sourceMap }) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    loader: "ts-loader",
    options: {
      transpileOnly: true,
      configFile: path.resolve(__dirname, "..", "tsconfig.json"),
      compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap },
    },
  };
};
