package de.ddnhamburg.network.cluster;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * This node's place behind a reverse proxy (docs/configuration.md, "Several nodes").
 *
 * @param route this node's name, appended to its session ids ({@code JSESSIONID=…​.node1}), so
 *     that the proxy sends every request of a session to the node that holds it (sticky sessions
 *     by cookie, docs/ops/nginx); empty (the default) for a single node
 */
@Validated
@ConfigurationProperties("app.cluster")
record ClusterProperties(
        @DefaultValue("") @Pattern(regexp = "[A-Za-z0-9_-]{0,32}")
        String route) {}
