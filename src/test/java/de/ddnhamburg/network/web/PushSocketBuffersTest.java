package de.ddnhamburg.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.core.StandardContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** The push WebSockets start with small buffers for the browser's messages (issue 13, point 3). */
class PushSocketBuffersTest {

    @Test
    void tomcat_gets_small_first_websocket_buffers() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new PushSocketBuffers().customize(factory);
        StandardContext context = new StandardContext();

        factory.getContextCustomizers().forEach(customizer -> customizer.customize(context));

        assertThat(context.findParameter(PushSocketBuffers.TEXT_BUFFER)).isEqualTo("256");
        assertThat(context.findParameter(PushSocketBuffers.BINARY_BUFFER)).isEqualTo("256");
    }
}
