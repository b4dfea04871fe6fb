package dev.orbita.interactions.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionRepository extends JpaRepository<Interaction, UUID> {
}
