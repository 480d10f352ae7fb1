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
 * Builds the portal and the console into WEB_OUTPUT. `config` is the deployment's runtime
 * configuration, written beside index.html (locally the defaults; CDK writes its own into the bucket).
 */
export async function buildWeb(
  options: { minify?: boolean; config?: RuntimeConfig } = {},
): Promise<{ js: string; css: string }> {
  await rm(WEB_OUTPUT, { recursive: true, force: true });
  await mkdir(join(WEB_OUTPUT, "fonts"), { recursive: true });
  const result = await build({
    // Relative to ROOT, so the metafile names each entry as APPS does.
    absWorkingDir: ROOT,
    entryPoints: [...APPS.map((app) => app.entry)],
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: options.minify ?? true,
    sourcemap: "linked",
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: join(WEB_OUTPUT, "assets"),
    entryNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
  });
  const bundles = APPS.map((app) => {
    const [js, output] =
      Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === app.entry) ?? [];
    if (!js || !output?.cssBundle)
      throw new Error(`the web build wrote no script or stylesheet for ${app.entry}`);
    return { ...app, js: basename(js), css: basename(output.cssBundle) };
  });
  const fonts = await fontFaces();
  await writeFile(join(WEB_OUTPUT, "assets", "fonts.css"), fonts.css);
  await Promise.all(
    fonts.files.map((f) => copyFile(join(FONT_PACKAGE, "files", f), join(WEB_OUTPUT, "fonts", f))),
  );
  await writeFile(join(WEB_OUTPUT, RUNTIME_CONFIG_FILE), JSON.stringify(options.config ?? runtimeConfig()));
  for (const bundle of bundles) {
    const html = await readFile(join(ROOT, bundle.page), "utf8");
    await writeFile(
      join(WEB_OUTPUT, bundle.output),
      html.replace("{{js}}", bundle.js).replace("{{css}}", bundle.css),
    );
  }
  const [portal] = bundles;
  return { js: portal?.js ?? "", css: portal?.css ?? "" };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { js, css } = await buildWeb();
  console.log(`web portal built into ${WEB_OUTPUT}: ${js}, ${css}`);
}
