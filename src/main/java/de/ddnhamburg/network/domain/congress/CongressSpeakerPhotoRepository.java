package de.ddnhamburg.network.domain.congress;

import org.springframework.data.jpa.repository.JpaRepository;

interface CongressSpeakerPhotoRepository extends JpaRepository<CongressSpeakerPhoto, Long> {}
