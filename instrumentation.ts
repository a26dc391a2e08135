// Runs once when the server starts (Next.js instrumentation hook). The map's country outlines are
// projected once per process (~1 s: lib/map/drawing.ts); doing it now, just after start, spares the
// first visitor of /map or of a country's page that wait.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  setTimeout(() => {
    const start = Date.now();
    import("@/lib/map/drawing")
      .then(({ basePanels }) => {
        basePanels();
        console.log(`Map outlines ready (${Date.now() - start} ms).`);
      })
      .catch((error: unknown) => console.error("Could not prepare the map's outlines:", error));
  }, 1000).unref();
}
