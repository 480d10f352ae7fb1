/** Stylesheets are bundled by esbuild (web/build.ts); importing one has no value. */
declare module "*.css";
