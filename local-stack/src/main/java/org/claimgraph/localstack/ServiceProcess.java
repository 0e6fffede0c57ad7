package org.claimgraph.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One of our services run from its built jar as a separate process, as in production: real HTTP, its own JVM. */
public final class ServiceProcess {

    /** Generous: a JVM start on a loaded 2-core machine can take a minute; a process that exits fails at once anyway. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    /** One probe's answer: a service that accepts connections but does not answer must not hold the wait past its deadline. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    /** A graceful stop; past it the process is killed, so that a shutdown that hangs cannot hang the build. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private ServiceProcess() {
    }

    /** The runnable jar of a service module under {@code root}; fails with the build command when it is missing. */
    public static Path jar(Path root, String service) {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
        }
        return jar;
    }

    /**
     * Starts the jar with extra environment variables and its module's JVM options ({@link #jvmOptions}); its output
     * goes to ours ({@code inheritIO}) or to a file.
     */
    public static Process start(Path jar, Map<String, String> environment, Path log) throws IOException {
        return start(jar, environment, log, List.of());
    }

    /** The same with more JVM options (the run command's class-data archive, {@link ClassDataArchive}). */
    public static Process start(Path jar, Map<String, String> environment, Path log, List<String> moreJvmOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions(jar));
        command.addAll(moreJvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (log == null) {
            builder.inheritIO();
        } else {
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * The JVM options of the service whose jar this is: {@code src/main/jvm/options} of its module, one option per
     * line, {@code #} starting a comment; none when the module has no such file. The benchmarks read the same file.
     */
    public static List<String> jvmOptions(Path jar) throws IOException {
        Path file = jar.toAbsolutePath().getParent().getParent().getParent().resolve("src/main/jvm/options");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            int comment = line.indexOf('#');
            String option = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    /** Waits until {@code health} answers 200, failing early when the process exits. */
    public static void awaitReady(URI health, ProcessHandle service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException(health + ": the service exited");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(PROBE_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet, or too busy to answer this probe in time
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(health + " was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    /**
     * Stops a process and waits for it to exit: gracefully first, killed if it is still running after
     * {@link #STOP_TIMEOUT}, so that the caller can rely on its port being free once this returns.
     */
    public static void stop(ProcessHandle process) {
        process.destroy();
        try {
            try {
                process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException stuck) {
                process.destroyForcibly();
                process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + process.pid() + " did not exit, even when killed", e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
