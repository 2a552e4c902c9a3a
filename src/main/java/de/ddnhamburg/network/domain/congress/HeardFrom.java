package de.ddnhamburg.network.domain.congress;

/** How a participant heard of the congress (a question of the registration). */
public enum HeardFrom {
    NETWORK,
    NEWSLETTER,
    COLLEAGUES,
    SOCIAL_MEDIA,
    PRESS,
    OTHER
}
