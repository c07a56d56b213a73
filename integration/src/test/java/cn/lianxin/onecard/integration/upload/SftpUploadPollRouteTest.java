package cn.lianxin.onecard.integration.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SFTP upload pollers on a plain Camel context: starting them dials no community server. */
class SftpUploadPollRouteTest {

    @TempDir
    Path work;

    @Test
    void shouldStartAPollerWithoutConnectingToItsServer() throws Exception {
        // a community server that accepts connections and never answers: a poller that dialled it at
        // start would hold up the start for its connect timeout on every retry
        try (ServerSocket hangingServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             CamelContext camel = new DefaultCamelContext()) {
            ExchangeProperties properties = new ExchangeProperties();
            properties.setWorkDir(work);
            properties.getSftp().setPassword("demo");
            properties.getSftp().setStrictHostKeyChecking("no");
            SftpServers servers = () -> List.of(new SftpServers.SftpServer("32030102", "127.0.0.1",
                    hangingServer.getLocalPort(), "c32030102", "exchange", "0 0 0 1 1 *"));
            SftpUploadPollRoute route = new SftpUploadPollRoute(properties, servers);
            camel.getRegistry().bind("uploadFileRepository", MemoryIdempotentRepository.memoryIdempotentRepository());
            camel.addRoutes(route);
            camel.start();

            assertThat(route.reload()).containsExactly("sftp-upload-poll-32030102");

            assertThat(camel.getRouteController().getRouteStatus("sftp-upload-poll-32030102").isStarted()).isTrue();
            // a connection made while the route started would already wait in the server's queue
            hangingServer.setSoTimeout(200);
            assertThatThrownBy(hangingServer::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }
}
