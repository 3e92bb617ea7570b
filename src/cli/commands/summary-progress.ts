/**
 * A one-line progress bar on the terminal's stderr for long summary runs:
 * `[########------------]  40/100 plans/acme.xlsx`, redrawn in place.
 */

/** A progress bar: `step` before each file, `done` at the end (clears the line). */
export interface ProgressBar {
  step(label: string): void;
  done(): void;
}

const WIDTH = 24;

/** A bar over `total` steps written through `write` (stderr). */
export function progressBar(write: (text: string) => void, total: number): ProgressBar {
  let current = 0;
  return {
    step(label: string) {
      current += 1;
      const filled = Math.round((current / total) * WIDTH);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      write(
        `\r\x1b[K[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${String(current).padStart(String(total).length)}/${total} ${name}`
      );
    },
    done() {
      write("\r\x1b[K");
    },
  };
}
