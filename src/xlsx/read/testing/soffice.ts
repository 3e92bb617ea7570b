/**
 * LibreOffice headless as a test tool: re-save .xlsx files the way a person with LibreOffice would
 * (recalculating every formula), in ONE batched `soffice --convert-to xlsx` call. The one
 * implementation is the parity run's `recalcWithLibreOffice` (its own profile, set to recalculate on
 * load); this name is what the reader tests, the CLI tests and bench/cli.bench.ts call it.
 */
export { recalcWithLibreOffice as resaveWithLibreOffice } from "../../parity/libreoffice";
