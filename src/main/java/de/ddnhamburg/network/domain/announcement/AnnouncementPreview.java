package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.mail.RenderedMail;

/** The mail as members who chose German and those who chose English get it. */
public record AnnouncementPreview(RenderedMail german, RenderedMail english) {}
