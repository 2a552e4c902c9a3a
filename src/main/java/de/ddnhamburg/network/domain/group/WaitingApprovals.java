package de.ddnhamburg.network.domain.group;

/**
 * What waits for an admin's decision.
 *
 * @param applications applications for membership (e-mail confirmed, not yet approved)
 * @param groupRequests requests to join expert groups that take members on request
 */
public record WaitingApprovals(long applications, long groupRequests) {

    public long total() {
        return applications + groupRequests;
    }
}
