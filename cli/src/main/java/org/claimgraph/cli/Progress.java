package org.claimgraph.cli;

import java.io.PrintWriter;

/** A progress bar on standard error: redrawn in place on a terminal, a line per item otherwise; silent for one item. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int total;
    private int done;
    private int failed;

    Progress(PrintWriter out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    void grow(int more) {
        total += more;
    }

    void step(String label, boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (total <= 1) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (failed > 0 ? " (" + failed + " failed)" : "") + " ";
        String shown = label.length() > 50 ? "..." + label.substring(label.length() - 47) : label;
        if (terminal) {
            out.print("\r" + bar + String.format("%-50s", shown));
            if (done >= total) {
                out.println();
            }
        } else {
            out.println(bar + shown + (ok ? "" : "  FAILED"));
        }
        out.flush();
    }

    void finish() {
        if (terminal && total > 1 && done < total) {
            out.println();
        }
    }
}
