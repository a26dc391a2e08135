import { countryShapes } from "@/lib/map/geometry";
import { compactPath } from "@/lib/map/compact-path";
import { europeFrame, worldFrame } from "@/lib/map/projections";
import { geoPath } from "d3-geo";
const t0 = Date.now();
const shapes = countryShapes();
console.log("load", Date.now() - t0, shapes.size);
const land = { type: "FeatureCollection", features: [...shapes.values()].map((s) => s.feature) } as any;
const w = worldFrame(land); const e = europeFrame();
let ws = 0, es = 0, en = 0;
const t1 = Date.now();
for (const s of shapes.values()) { ws += compactPath(w.projection, s.feature, Number(process.env.TW)).length; const d = compactPath(e.projection, s.feature, Number(process.env.TE)); if (d) { en++; es += d.length; } }
console.log("paths", Date.now() - t1, "world", ws, w.height, "europe", es, en);
console.log(compactPath(e.projection, shapes.get("UA")!.feature).slice(0, 200));
console.log(geoPath(e.projection).centroid(shapes.get("FR")!.main));
