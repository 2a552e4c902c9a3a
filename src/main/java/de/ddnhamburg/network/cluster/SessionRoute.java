package de.ddnhamburg.network.cluster;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this node at the end of its session ids (Tomcat's {@code jvmRoute}: {@code
 * JSESSIONID=4F…​.node1}), so that a reverse proxy can send a session's requests to its node by
 * the cookie alone, including the push WebSocket. The name survives the new session id at login.
 * Without {@code app.cluster.route} nothing changes.
 */
@Component
class SessionRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    SessionRoute(ClusterProperties properties) {
        this.route = properties.route();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The session manager takes the route from the engine when it starts; the context knows
        // its engine only once it is added to the server, so set it just before the context starts.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                for (Container parent = context.getParent(); parent != null; parent = parent.getParent()) {
                    if (parent instanceof Engine engine) {
                        engine.setJvmRoute(route);
                    }
                }
            }
        }));
    }
}
