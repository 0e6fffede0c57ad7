package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = "claimgraph 0.1.0",
        description = "Ingests articles into claimgraph and exports its claims, through a running gateway.",
        subcommands = {IngestCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Claimgraph implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; returns its exit code (0 all done, 1 something failed, 2 a usage error). */
    public static int run(String... args) {
        return new CommandLine(new Claimgraph()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: ingest or export");
    }
}
