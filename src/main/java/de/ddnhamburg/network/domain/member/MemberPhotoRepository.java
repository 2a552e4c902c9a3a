package de.ddnhamburg.network.domain.member;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberPhotoRepository extends JpaRepository<MemberPhoto, Long> {}
