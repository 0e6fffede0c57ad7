package org.claimgraph.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run command's class-data archive of a service: what the JVM learnt loading the service's classes (and on JDK 25
 * and later, how its methods ran) is written when the service stops, and mapped at its next start, so that start and
 * the first requests do not load, verify and profile the same classes again. Kept beside the jar, so that a new build
 * starts a new archive.
 */
final class ClassDataArchive {

    private ClassDataArchive() {
    }

    /** The JVM options that read the archive of {@code jar}, or write it at exit while there is none for this build. */
    static List<String> options(Path jar) throws IOException {
        int release = Runtime.version().feature();
        if (release >= 25) {
            Path cache = jar.resolveSibling("app.aot");
            return current(cache, jar) ? List.of("-XX:AOTCache=" + cache) : List.of("-XX:AOTCacheOutput=" + cache);
        }
        Path archive = jar.resolveSibling("app-cds.jsa");
        if (release >= 19) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive);
        }
        return current(archive, jar) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of("-XX:ArchiveClassesAtExit=" + archive);
    }

    /** An archive written after the jar was built belongs to this build. */
    private static boolean current(Path archive, Path jar) throws IOException {
        return Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
    }
}
