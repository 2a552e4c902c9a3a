package de.ddnhamburg.network.domain.member;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param approvalRequired whether an admin approves members after they confirmed their address
 *     ({@code APP_APPROVAL_REQUIRED})
 */
@Validated
@ConfigurationProperties("app.membership")
record MembershipProperties(@DefaultValue("false") boolean approvalRequired) {}
