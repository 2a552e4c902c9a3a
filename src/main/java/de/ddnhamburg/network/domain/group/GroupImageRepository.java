package de.ddnhamburg.network.domain.group;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupImageRepository extends JpaRepository<GroupImage, Long> {}
