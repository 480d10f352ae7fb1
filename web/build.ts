import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { RUNTIME_CONFIG_FILE, type RuntimeConfig, runtimeConfig } from "./runtime-config";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where `npm run build:web` puts the portal; the local gateway serves it under /portal/. */
export const WEB_OUTPUT = join(ROOT, ".local/web");
const FONT_PACKAGE = join(ROOT, "node_modules/@fontsource/noto-sans-sc");
/** Regular and bold only; woff2 only (every browser the portal targets reads it). */
const FONT_WEIGHTS = [400, 700];

/**
 * The font faces of the weights used, woff2 only, pointing at fonts/ beside the stylesheet;
 * the browser fetches only the unicode-range slices a page needs.
 */
async function fontFaces(): Promise<{ css: string; files: string[] }> {
  const files: string[] = [];
  const sheets = await Promise.all(FONT_WEIGHTS.map((w) => readFile(join(FONT_PACKAGE, `${w}.css`), "utf8")));
  const css = sheets
    .join("\n")
    .replace(
      /src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\), url\([^)]+\) format\('woff'\);/g,
      (_, file) => {
        files.push(file);
        return `src: url(../fonts/${file}) format("woff2");`;
      },
    );
  return { css, files };
}

/** The apps of the build: the portal, and the local executions console beside it (served under /console/). */
const APPS = [
  { entry: "web/main.tsx", page: "web/index.html", output: "index.html" },
  { entry: "web/console/console.tsx", page: "web/console/index.html", output: "console.html" },
] as const;

/**
 * Builds the portal, and the local executions console beside it unless `console` is false (AWS has
 * its own), into `outdir` (default WEB_OUTPUT, which the local gateway serves; CDK builds into a
 * directory of its own so a synth never pulls the files from under a running stack). `config` is
 * the deployment's runtime configuration, written beside index.html (locally the defaults; CDK
 * writes its own into the bucket).
 */
export async function buildWeb(
  options: { minify?: boolean; config?: RuntimeConfig; outdir?: string; console?: boolean } = {},
): Promise<{ js: string; css: string }> {
  const outdir = options.outdir ?? WEB_OUTPUT;
  const apps = options.console === false ? APPS.filter((app) => app.output !== "console.html") : APPS;
  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, "fonts"), { recursive: true });
  // One build per app: the console shares no chunk with the portal, so neither loads the other's.
  const bundles = await Promise.all(apps.map((app) => buildApp(app, outdir, options.minify ?? true)));
  const fonts = await fontFaces();
  await writeFile(join(outdir, "assets", "fonts.css"), fonts.css);
  await Promise.all(
    fonts.files.map((f) => copyFile(join(FONT_PACKAGE, "files", f), join(outdir, "fonts", f))),
  );
  await writeFile(join(outdir, RUNTIME_CONFIG_FILE), JSON.stringify(options.config ?? runtimeConfig()));
  for (const bundle of bundles) {
    const html = await readFile(join(ROOT, bundle.page), "utf8");
    await writeFile(
      join(outdir, bundle.output),
      html.replace("{{js}}", bundle.js).replace("{{css}}", bundle.css),
    );
  }
  const [portal] = bundles;
  return { js: portal?.js ?? "", css: portal?.css ?? "" };
}

/** One app's script and stylesheet; the staff pages are a chunk of their own, loaded by import(). */
async function buildApp(app: (typeof APPS)[number], outdir: string, minify: boolean) {
  const result = await build({
    // Relative to ROOT, so the metafile names the entry as APPS does.
    absWorkingDir: ROOT,
    entryPoints: [app.entry],
    bundle: true,
    splitting: true,
    chunkNames: "chunk-[name]-[hash]",
    format: "esm",
    target: "es2022",
    minify,
    sourcemap: "linked",
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: join(outdir, "assets"),
    entryNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
  });
  const [js, output] =
    Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === app.entry) ?? [];
  if (!js || !output?.cssBundle)
    throw new Error(`the web build wrote no script or stylesheet for ${app.entry}`);
  return { ...app, js: basename(js), css: basename(output.cssBundle) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { js, css } = await buildWeb();
  console.log(`web portal built into ${WEB_OUTPUT}: ${js}, ${css}`);
}
