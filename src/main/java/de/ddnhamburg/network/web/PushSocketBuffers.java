package de.ddnhamburg.network.web;

import org.apache.tomcat.websocket.server.Constants;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Small first buffers for the push WebSockets. Every open page with live updates (a
 * {@code ui.components.LivePage}: event and congress pages, the check-in desk) keeps one WebSocket
 * for server push, and Tomcat gives each a text buffer of 8,192 characters (16 KB) and a binary one
 * of 8 KB for messages from the browser, from the start. With Vaadin's default transport (WebSocket
 * for the server's messages, plain requests for the browser's) the browser sends nothing over the
 * socket, so those buffers stayed empty: about 23 KB per open page (issue 13, point 3). They now
 * start at 256; the first message that arrives gets the buffer Vaadin sets for the socket when it
 * opens (16,384), so nothing is refused that was accepted before. Pages without live updates open no
 * WebSocket at all ({@code ui.components.LivePagePush}); the live ones still profit from this.
 */
@Component
class PushSocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** The context parameters Tomcat's WebSocket container reads when it starts. */
    static final String TEXT_BUFFER = Constants.TEXT_BUFFER_SIZE_SERVLET_CONTEXT_INIT_PARAM;

    static final String BINARY_BUFFER = Constants.BINARY_BUFFER_SIZE_SERVLET_CONTEXT_INIT_PARAM;

    static final String FIRST_BUFFER_SIZE = "256";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            context.addParameter(TEXT_BUFFER, FIRST_BUFFER_SIZE);
            context.addParameter(BINARY_BUFFER, FIRST_BUFFER_SIZE);
        });
    }
}
