/**
 * Builds the task pane the way OfficeDev's React template does: taskpane.html + taskpane.js from
 * src/apps/taskpane, commands.html for the manifest's FunctionFile, the icons and the manifest copied
 * to dist/. Office.js comes from Microsoft's CDN (a <script> in the HTML), never from the bundle.
 *
 *   npm run build            production build into dist/ (no certificates needed)
 *   ADDIN_URL=https://contoso.example/pricer npm run build
 *                            the same, with dist/manifest.xml pointing at that HTTPS address
 *   npm run dev-server       https://localhost:3000 with Office's trusted development certificate
 */
const path = require("node:path");
const typeScriptRule = require("./tools/webpackTypeScript");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** The production address from ADDIN_URL ("https://host/path", trailing slash optional). */
function productionUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https:// address (Office loads add-ins only over HTTPS): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

async function devServerHttps() {
  // Only `webpack serve` needs the certificate; office-addin-dev-certs makes it and installs its
  // CA as trusted on first use (asking for the password).
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    // Installing the CA can fail (a Linux machine without sudo): serve with the certificate it
    // made anyway; the browser must then trust ~/.office-addin-dev-certs/ca.crt by hand.
    const fs = require("node:fs");
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(localhostCertificatePath)) throw error;
    console.warn(`${error.message}\nServing with ${localhostCertificatePath}; trust ${caCertificatePath} in your browser.`);
    return {
      ca: fs.readFileSync(caCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
      cert: fs.readFileSync(localhostCertificatePath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const prodUrl = productionUrl();
  if (!dev && !prodUrl) {
    console.log(`Note: ADDIN_URL is not set, so dist/manifest.xml still points at ${DEV_URL}.`);
  }
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: { taskpane: "./src/apps/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        typeScriptRule({ sourceMap: true }),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/apps/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/apps/commands/commands.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return prodUrl ? content.toString().split(DEV_URL).join(prodUrl) : content;
            },
          },
        ],
      }),
    ],
    performance: { hints: false }, // tools/bundleSize.js reports the gzipped weight instead
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await devServerHttps() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
