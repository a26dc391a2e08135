// Fonts for generated images (next/og). Satori reads TTF/OTF/WOFF but not WOFF2, so these come from
// @fontsource/inter's .woff files in node_modules: nothing is fetched at build or run time.
import { readFile } from "node:fs/promises";
import path from "node:path";

type Weight = 400 | 700;
const files: { weight: Weight; file: string }[] = [
  { weight: 400, file: "inter-latin-400-normal.woff" },
  { weight: 700, file: "inter-latin-700-normal.woff" },
  { weight: 400, file: "inter-latin-ext-400-normal.woff" },
  { weight: 700, file: "inter-latin-ext-700-normal.woff" },
];

let loaded: Promise<{ name: string; data: ArrayBuffer; weight: Weight; style: "normal" }[]> | undefined;

export function ogFonts() {
  loaded ??= Promise.all(
    files.map(async ({ weight, file }) => {
      const buffer = await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "inter", "files", file));
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      return { name: "Inter", data, weight, style: "normal" as const };
    }),
  );
  return loaded;
}
