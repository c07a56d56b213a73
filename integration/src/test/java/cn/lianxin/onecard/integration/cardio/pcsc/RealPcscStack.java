package cn.lianxin.onecard.integration.cardio.pcsc;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The machine's real PC/SC stack for an integration test: {@code pcscd} with vsmartcard's
 * virtual reader. {@link #start} uses the pcscd that is already running, or starts one as a child
 * process ({@code pcscd --foreground}: no daemonising, no systemd needed; logging at its default
 * error level — never {@code --apdu}, which would log load-key commands with their keys) and
 * {@link #close} stops only a pcscd it started (SIGTERM, then SIGKILL after 10 s). A JVM shutdown
 * hook stops it too if the test run is cut short.
 *
 * <p>The JVM's PC/SC context ({@code javax.smartcardio}) is made once per JVM; the pcscd serving it
 * must outlive it, so start one stack per test class and JVM.
 */
final class RealPcscStack implements AutoCloseable {

    private final VpcdInstallation installation;
    private final Process pcscd;
    private final Thread shutdownHook;
    private final Duration startup;

    private RealPcscStack(VpcdInstallation installation, Process pcscd, Thread shutdownHook, Duration startup) {
        this.installation = installation;
        this.pcscd = pcscd;
        this.shutdownHook = shutdownHook;
        this.startup = startup;
    }

    /**
     * Finds pcscd and vpcd (failing with a message naming bin/test if either is missing), starts
     * pcscd unless it runs, and waits, up to {@code timeout}, until PC/SC lists vpcd's first reader.
     */
    static RealPcscStack start(Path logFile, Duration timeout) {
        VpcdInstallation installation = VpcdInstallation.find();
        long began = System.nanoTime();
        Process process = null;
        Thread hook = null;
        if (!serviceRunning()) {
            try {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                process = new ProcessBuilder(installation.pcscd().toString(), "--foreground")
                        .redirectErrorStream(true)
                        .redirectOutput(logFile.toFile())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + installation.pcscd(), e);
            }
            Process started = process;
            hook = new Thread(() -> stop(started), "stop-pcscd");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        Process child = process;
        boolean listed = poll(timeout, () -> child != null && !child.isAlive()
                || readerListed(installation.readerName()));
        if (child != null && !child.isAlive()) {
            stop(child, hook);
            fail("pcscd exited with status " + child.exitValue() + " right after starting (it must run as root"
                    + " to create /run/pcscd); its output:\n" + tail(logFile));
        }
        if (!listed) {
            String names = names();
            if (child != null) {
                stop(child, hook);
            }
            fail("PC/SC does not list vpcd's reader \"" + installation.readerName() + "\" after " + timeout
                    + " (readers: " + names + "). " + (child == null
                            ? "pcscd was already running, not started by this test; if it started before"
                                    + " vsmartcard-vpcd was installed, restart it."
                            : "pcscd's output:\n" + tail(logFile)));
        }
        return new RealPcscStack(installation, process, hook, Duration.ofNanos(System.nanoTime() - began));
    }

    /** The PC/SC name of vpcd's first reader, "Virtual PCD 00 00". */
    String readerName() {
        return installation.readerName();
    }

    /** vpcd's port for that reader, 35963. */
    int vpcdPort() {
        return installation.port();
    }

    /** The system's PC/SC readers. */
    PcscReaders readers() {
        return PcscReaders.system();
    }

    /** Whether this stack started pcscd (and will stop it). */
    boolean startedPcscd() {
        return pcscd != null;
    }

    /** How long it took until the reader was listed. */
    Duration startup() {
        return startup;
    }

    /** Stops pcscd if this stack started it. */
    @Override
    public void close() {
        if (pcscd != null) {
            stop(pcscd, shutdownHook);
        }
    }

    /** Whether the pcscd process this stack started is still running (false if it started none). */
    boolean pcscdAlive() {
        return pcscd != null && pcscd.isAlive();
    }

    private static void stop(Process process, Thread hook) {
        stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Whether a PC/SC service answers: {@code SCARD_E_NO_SERVICE} means no pcscd. */
    private static boolean serviceRunning() {
        try {
            PcscReaders.system();
            return true;
        } catch (PcscReaderUnavailableException e) {
            if (e.getMessage().contains("SCARD_E_NO_SERVICE")) {
                return false;
            }
            throw e;
        }
    }

    private static boolean readerListed(String readerName) {
        try {
            return PcscReaders.system().readerNames().contains(readerName);
        } catch (PcscReaderUnavailableException e) {
            return false; // pcscd not ready yet
        }
    }

    private static String names() {
        try {
            return PcscReaders.system().readerNames().toString();
        } catch (PcscReaderUnavailableException e) {
            return "none: " + e.getMessage();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output in " + log + ")";
        }
    }

    /** Evaluates {@code condition} every 50 ms until it holds or {@code timeout} passes. */
    static boolean poll(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
