// Runs in the browser before the app's own code, on every page (Next's client instrumentation hook).
import "@/schemas/zod-config";
