package de.ddnhamburg.network.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reverse proxies whose forwarded headers are believed (docs/configuration.md, "Behind a
 * reverse proxy").
 *
 * @param trusted addresses or CIDR ranges of the proxies in front of the application
 *     ({@code 10.0.0.5}, {@code 10.0.0.0/24}, {@code ::1}); empty (the default) believes no forwarded
 *     header at all
 */
@Validated
@ConfigurationProperties("app.security.proxy")
record ProxyProperties(@DefaultValue List<String> trusted) {}
