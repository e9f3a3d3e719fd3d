// Bundles the browser islands into ../wwwroot. Run by the Viva.Web build when an input changed.
import { build } from "esbuild";
import { statSync } from "node:fs";

const outdir = new URL("../wwwroot/", import.meta.url).pathname;
await build({
  entryPoints: {
    app: "src/app.js", editor: "src/editor.js", progress: "src/progress.js", site: "src/app.css",
    "api-reference": "src/api-reference.js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outdir,
  legalComments: "none",
  logLevel: "warning",
});
for (const name of ["app.js", "editor.js", "progress.js", "site.css", "api-reference.js", "api-reference.css"])
  console.log(`viva client: ${name} ${(statSync(outdir + name).size / 1024).toFixed(1)} KiB`);
