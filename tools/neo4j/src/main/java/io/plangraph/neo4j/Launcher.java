package io.plangraph.neo4j;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community (embedded) with a Bolt connector on 127.0.0.1:&lt;port&gt;.
 *
 * <p>Configuration: flags {@code --port}, {@code --data}, {@code --password} (also
 * {@code --flag=value}), else env {@code NEO4J_PORT}, {@code NEO4J_DATA}, {@code NEO4J_PASSWORD},
 * else defaults 7687, ./var/neo4j, plangraph-dev.
 *
 * <p>Stdout carries exactly one line, {@code neo4j ready bolt://127.0.0.1:<port>}, printed once
 * the Bolt port accepts TCP connections. Everything else goes to stderr. Exit codes: 0 after a
 * clean shutdown (SIGTERM/SIGINT), 2 for bad arguments, 1 for any start failure.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 7687;
    private static final String DEFAULT_DATA = "./var/neo4j";
    private static final String DEFAULT_PASSWORD = "plangraph-dev";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private Launcher() {}

    public static void main(String[] args) {
        // Keep stdout for the single readiness line; anything Neo4j or libraries print goes to stderr.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j launcher: " + e.getMessage());
            System.err.println("usage: Launcher [--port N] [--data DIR] [--password PW]"
                    + " (env NEO4J_PORT, NEO4J_DATA, NEO4J_PASSWORD)");
            System.exit(2);
            return;
        }

        try {
            run(opts, out);
        } catch (StartupException e) {
            System.err.println("neo4j launcher: " + e.getMessage());
            System.exit(1);
        } catch (Throwable t) {
            System.err.println("neo4j launcher: failed to start Neo4j: " + describe(t));
            t.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run(Options opts, PrintStream out) throws Exception {
        Path home = prepareDataDir(opts.data);
        checkPortFree(opts.port);

        System.err.printf("neo4j launcher: starting Neo4j (data=%s, bolt=%s:%d)%n", home, HOST, opts.port);
        long t0 = System.nanoTime();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.ofEntries(
                        // Bolt on loopback only, plain TCP.
                        Map.entry(BoltConnector.enabled, true),
                        Map.entry(BoltConnector.listen_address, new SocketAddress(HOST, opts.port)),
                        Map.entry(BoltConnector.advertised_address, new SocketAddress(HOST, opts.port)),
                        Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
                        Map.entry(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST)),
                        Map.entry(HttpConnector.enabled, false),
                        Map.entry(HttpsConnector.enabled, false),
                        Map.entry(GraphDatabaseSettings.routing_enabled, false),
                        // Auth on; password set below.
                        Map.entry(GraphDatabaseSettings.auth_enabled, true),
                        // Modest memory.
                        Map.entry(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256)),
                        Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
                        // No phoning home: the machine has no internet.
                        Map.entry(GraphDatabaseSettings.udc_enabled, false),
                        Map.entry(GraphDatabaseInternalSettings.udc_network_enabled, false),
                        Map.entry(BoltConnector.server_bolt_telemetry_enabled, false),
                        // Bolt's netty loops otherwise idle 5 s each on shutdown (after the databases
                        // have already been checkpointed and closed), making SIGTERM take ~10 s.
                        Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("neo4j launcher: shutting down");
                try {
                    dbms.shutdown();
                    System.err.println("neo4j launcher: shutdown complete");
                } catch (Throwable t) {
                    System.err.println("neo4j launcher: error during shutdown: " + describe(t));
                }
            }
            done.countDown();
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms, opts.password);
            waitForBolt(opts.port);
        } catch (Exception e) {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } catch (Throwable ignored) {
                    // already failing
                }
            }
            throw e;
        }

        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.println("neo4j ready bolt://" + HOST + ":" + opts.port);
        out.flush();
        System.err.printf("neo4j launcher: ready in %d ms%n", ms);

        // Park the main thread; the JVM exits via the shutdown hook on SIGTERM/SIGINT.
        done.await();
    }

    private static Path prepareDataDir(String data) throws StartupException {
        Path home = Paths.get(data).toAbsolutePath().normalize();
        try {
            if (Files.exists(home) && !Files.isDirectory(home)) {
                throw new StartupException("data folder " + home + " exists and is not a directory");
            }
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StartupException("cannot create data folder " + home + ": " + describe(e));
        }
        if (!Files.isWritable(home)) {
            throw new StartupException("data folder " + home + " is not writable");
        }
        return home;
    }

    private static void checkPortFree(int port) throws StartupException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            throw new StartupException("port " + HOST + ":" + port + " is not available (" + e.getMessage()
                    + "); is another Neo4j running?");
        }
    }

    /**
     * Makes the configured password current for user neo4j. A fresh system database has neo4j/neo4j
     * with "change required"; on later starts the password usually already matches, which ALTER USER
     * rejects ("Old password and new password cannot be the same"), so then only clear the flag.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (QueryExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static void waitForBolt(int port) throws StartupException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 1000);
                return;
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new StartupException("Bolt did not accept connections on " + HOST + ":" + port + " within "
                + READY_TIMEOUT.toSeconds() + "s" + (last != null ? " (" + last.getMessage() + ")" : ""));
    }

    /** Message of the root-most cause, which is usually the informative one (e.g. BindException). */
    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(String.valueOf(t.getMessage()));
        Throwable c = t.getCause();
        int depth = 0;
        while (c != null && c != c.getCause() && depth++ < 10) {
            sb.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
            c = c.getCause();
        }
        return t.getClass().getSimpleName() + ": " + sb;
    }

    private static final class StartupException extends Exception {
        StartupException(String msg) {
            super(msg);
        }
    }

    private static final class Options {
        int port;
        String data;
        String password;

        static Options parse(String[] args) {
            String port = env("NEO4J_PORT");
            String data = env("NEO4J_DATA");
            String password = env("NEO4J_PASSWORD");
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (name.equals("-h") || name.equals("--help")) {
                    throw new IllegalArgumentException("help requested");
                }
                if (!name.equals("--port") && !name.equals("--data") && !name.equals("--password")) {
                    throw new IllegalArgumentException("unknown argument: " + a);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value for " + name);
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--port" -> port = value;
                    case "--data" -> data = value;
                    default -> password = value;
                }
            }
            Options o = new Options();
            try {
                o.port = port == null ? DEFAULT_PORT : Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid port: " + port);
            }
            if (o.port < 1 || o.port > 65535) {
                throw new IllegalArgumentException("port out of range: " + o.port);
            }
            o.data = data == null ? DEFAULT_DATA : data;
            o.password = password == null ? DEFAULT_PASSWORD : password;
            if (o.password.length() < 8) {
                throw new IllegalArgumentException("password must be at least 8 characters");
            }
            return o;
        }

        private static String env(String name) {
            String v = System.getenv(name);
            return v == null || v.isEmpty() ? null : v;
        }
    }
}
